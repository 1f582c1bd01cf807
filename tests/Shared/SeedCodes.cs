using System.Text.RegularExpressions;

namespace NdrBot.Tests.Shared;

/// <summary>The codes the seed article lists, read from the article itself (a line starting with a code).</summary>
internal static partial class SeedCodes
{
    public static IReadOnlyList<string> All { get; } = Read();

    private static List<string> Read()
    {
        var codes = new List<string>();
        foreach (var file in Directory.GetFiles(TestData.PathOf("seed"), "*.txt"))
        {
            foreach (var line in File.ReadLines(file))
            {
                var match = LeadingCode().Match(line);
                if (match.Success && !codes.Contains(match.Value.TrimEnd()))
                {
                    codes.Add(match.Value.TrimEnd());
                }
            }
        }

        return codes;
    }

    [GeneratedRegex(@"^[245]\.(\d{1,3}|x)\.(\d{1,3}|x) ", RegexOptions.NonBacktracking)]
    private static partial Regex LeadingCode();
}
