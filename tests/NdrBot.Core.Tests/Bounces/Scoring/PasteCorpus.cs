using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>
/// Scores pastes (<c>tests/data/pastes</c>) as chat would read them (<see cref="BounceAnalyzer.AnalyzeText"/>). Per
/// paste its kind; per expected recipient: the address, where the paste shows it; the status exactly where the
/// paste shows that code, else by class ("status seen"), and exactly in every case ("status exact"); the reason.
/// A recipient's finding is the one with its address, else the first finding when the paste has one recipient.
/// </summary>
internal static class PasteCorpus
{
    public static readonly string[] Fields = ["status seen", "status exact", "reason", "recipient", "kind"];

    public static IReadOnlyList<PasteRow> Rows(string dataRoot) => RowsIn(Path.Combine(dataRoot, "pastes"));

    public static BounceReport Analyze(BounceAnalyzer analyzer, string dataRoot, string paste) =>
        AnalyzeIn(analyzer, Path.Combine(dataRoot, "pastes"), paste);

    /// <summary>The rows of a paste folder written by bench/NdrBot.PasteCorpus (its <c>expected.tsv</c>).</summary>
    public static IReadOnlyList<PasteRow> RowsIn(string folder) => PasteRow.Load(Path.Combine(folder, "expected.tsv"));

    public static BounceReport AnalyzeIn(BounceAnalyzer analyzer, string folder, string paste) =>
        analyzer.AnalyzeText(File.ReadAllText(Path.Combine(folder, paste)));

    /// <summary>Scores every paste; <paramref name="skip"/> names (sample, recipient index, field) left out, such as <see cref="DisputedLabels"/>.</summary>
    public static FieldScores Score(IEnumerable<PasteRow> rows, IReadOnlyDictionary<string, BounceReport> reports, Func<string, int, string, bool>? skip = null)
    {
        var score = new FieldScores(Fields);
        foreach (var paste in rows.GroupBy(r => r.Paste))
        {
            var report = reports[paste.Key];
            var expected = paste.First().Kind switch
            {
                "feedback" => ExplanationKind.Feedback,
                "autoreply" => ExplanationKind.AutoReply,
                _ => ExplanationKind.Bounce,
            };
            score["kind"].Add(report.Kind == expected, paste.Key, expected.ToString(), report.Kind.ToString());
            var single = paste.Count() == 1;
            foreach (var row in paste)
            {
                var scored = new FieldScores(Fields);
                Add(scored, row, report, single, expected == ExplanationKind.Bounce);
                foreach (var tally in scored.All.Where(t => skip?.Invoke(row.Sample, row.Index, t.Name) != true))
                {
                    score[tally.Name].Add(tally);
                }
            }
        }

        return score;
    }

    private static void Add(FieldScores score, PasteRow row, BounceReport report, bool single, bool bounce)
    {
        var where = $"{row.Paste}#{row.Index}";
        var got = report.Recipients.FirstOrDefault(r => string.Equals(r.Recipient, row.Recipient, StringComparison.OrdinalIgnoreCase))
            ?? (single && report.Recipients.Count > 0 ? report.Recipients[0] : null);
        if (row.RecipientVisible)
        {
            score["recipient"].Add(got?.Recipient is not null && string.Equals(got.Recipient, row.Recipient, StringComparison.OrdinalIgnoreCase),
                where, row.Recipient, got?.Recipient);
        }

        score["reason"].Add(PublicCorpus.SameReason(row.Reason, got?.Reason), where, row.Reason, got?.Reason);
        if (!bounce)
        {
            return;
        }

        var sameClass = got?.Status is { } s && s[0] == row.Status[0];
        score["status seen"].Add(row.StatusVisible ? got?.Status == row.Status : sameClass, where, row.Status, got?.Status);
        score["status exact"].Add(row.StatusReal ? got?.Status == row.Status : sameClass, where, row.Status, got?.Status);
    }
}
