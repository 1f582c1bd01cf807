using NdrBot.Core.Tests.Bounces.Scoring;

namespace NdrBot.Scoring;

/// <summary>Rows of <see cref="FieldScores"/> as a Markdown table: one column per field, "right/total (rate)".</summary>
internal static class MarkdownTable
{
    public static void Write(TextWriter output, string firstColumn, IEnumerable<(string Name, FieldScores Scores)> rows, string[] fields)
    {
        output.WriteLine($"| {firstColumn} | {string.Join(" | ", fields)} |");
        output.WriteLine($"|---|{string.Concat(fields.Select(_ => "---:|"))}");
        foreach (var (name, scores) in rows)
        {
            output.WriteLine($"| {name} | {string.Join(" | ", fields.Select(f => Cell(scores[f])))} |");
        }

        output.WriteLine();
    }

    private static string Cell(Tally tally) => tally.Total == 0 ? "–" : $"{tally.Right}/{tally.Total} ({tally.Rate * 100:0.0} %)";
}
