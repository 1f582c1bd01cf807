using System.Globalization;
using System.Text;
using CsCheck;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// How every fuzz property runs: a fixed first seed (override with <c>NDRBOT_FUZZ_SEED</c>, or CsCheck's own
/// <c>CsCheck_Seed</c> to replay a failure), a small iteration count so the whole folder stays well under a minute on
/// two cores (<c>NDRBOT_FUZZ_SCALE</c> multiplies it), and a printer that shows the size and head of an input instead of dumping megabytes. On a failure
/// CsCheck shrinks the input and prints the seed that reproduces it.
/// </summary>
internal static class FuzzRun
{
    /// <summary>A CsCheck seed (base-64 PCG state); the first iteration of every property starts from it.</summary>
    public const string DefaultSeed = "0000000000Fz";

    public static string Seed => Environment.GetEnvironmentVariable("NDRBOT_FUZZ_SEED") is { Length: > 0 } seed ? seed : DefaultSeed;

    /// <summary><c>NDRBOT_FUZZ_SCALE=20</c> runs every property twenty times longer (for a search, not for CI).</summary>
    public static long Scale => long.TryParse(Environment.GetEnvironmentVariable("NDRBOT_FUZZ_SCALE"), out var scale) && scale > 0 ? scale : 1;

    public static void Check<T>(Gen<T> gen, Action<T> property, long iterations, Func<T, string> print) =>
        gen.Sample(property, seed: Seed, iter: iterations * Scale, print: print);

    public static string Show(byte[] input) => Show(Encoding.Latin1.GetString(input, 0, Math.Min(input.Length, 400)), input.Length, "bytes");

    public static string Show(string input) => Show(input.Length > 400 ? input[..400] : input, input.Length, "chars");

    private static string Show(string head, int length, string unit)
    {
        var escaped = new StringBuilder();
        foreach (var c in head)
        {
            escaped.Append(c is >= ' ' and < (char)0x7f ? c.ToString() : string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));
        }

        return string.Create(CultureInfo.InvariantCulture, $"[{length} {unit}] {escaped}");
    }
}
