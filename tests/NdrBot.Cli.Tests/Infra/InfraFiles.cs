using System.Text.RegularExpressions;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>Reads the files under infra/ and the facts the tests compare across them.</summary>
internal static partial class InfraFiles
{
    /// <summary>The port the host listens on by default (README, the host's launch settings).</summary>
    public const int HostPort = 3978;

    public static string PathOf(params string[] parts) => Path.Combine([TestData.RepoRoot, .. parts]);

    public static string Dockerfile => File.ReadAllText(PathOf("infra", "docker", "Dockerfile"));

    /// <summary>The Dockerfile's instructions, with <c>\</c> continuations joined and comments dropped.</summary>
    public static IReadOnlyList<(string Instruction, string Arguments)> DockerInstructions()
    {
        var joined = Continuation().Replace(Dockerfile, " ");
        return [.. joined.Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(' ', 2))
            .Select(p => (p[0].ToUpperInvariant(), p.Length > 1 ? p[1].Trim() : ""))];
    }

    [GeneratedRegex(@"\\\r?\n")]
    private static partial Regex Continuation();
}
