using System.Text;

namespace NdrBot.Benchmarks;

/// <summary>Bounce inputs for <see cref="BounceBenchmarks"/>: a corpus sample and padded copies of it.</summary>
internal static class BounceSamples
{
    /// <summary>A sample of the vendored corpus (tests/data/bounces).</summary>
    public static byte[] Load(string name) =>
        File.ReadAllBytes(Path.Combine(RepoRoot(), "tests", "data", "bounces", "maildir", "bsd", name));

    /// <summary>The bounce with its returned message padded by a base64 attachment to about <paramref name="size"/> bytes.</summary>
    public static byte[] Padded(byte[] bounce, int size)
    {
        var text = Encoding.Latin1.GetString(bounce);
        var builder = new StringBuilder(size + 1024).Append(text.TrimEnd()).Append("\n\n");
        var line = new string('Q', 76);
        while (builder.Length < size)
        {
            builder.Append(line).Append('\n');
        }

        return Encoding.Latin1.GetBytes(builder.ToString());
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NdrBot.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
