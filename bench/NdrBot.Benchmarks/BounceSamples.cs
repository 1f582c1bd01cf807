using System.Text;

namespace NdrBot.Benchmarks;

/// <summary>Bounce inputs for <see cref="BounceBenchmarks"/>: a corpus sample and padded copies of it.</summary>
internal static class BounceSamples
{
    /// <summary>The shared corpus: NDRBOT_SHARED, else the "shared" folder beside the repository.</summary>
    public static byte[] Load(string name)
    {
        var root = Environment.GetEnvironmentVariable("NDRBOT_SHARED") is { Length: > 0 } env ? env : Path.Combine(RepoRoot(), "..", "shared");
        return File.ReadAllBytes(Path.Combine(root, "data", "bounces", "maildir", "bsd", name));
    }

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
