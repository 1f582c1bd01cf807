using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>
/// Scores the samples from other projects' test suites (<c>tests/data/bounces-extra</c>) on what each source states:
/// bounce or not (a report of kind Bounce), the recipient among the findings, and for the recipient's finding (the
/// first when no recipient is stated) the status, the reply code and hard/soft (hard = a permanent failure, as the
/// sources use it). A <c>.txt</c> fragment is read as pasted text unless it opens with headers, as <c>scan</c> reads it.
/// </summary>
internal static class ExtraCorpus
{
    public static readonly string[] Fields = ["status", "reply", "recipient", "hard/soft", "kind"];

    public static IReadOnlyList<ExtraRow> Rows(string dataRoot) => ExtraRow.Load(Path.Combine(dataRoot, "bounces-extra", "expected.tsv"));

    public static BounceReport Analyze(BounceAnalyzer analyzer, string dataRoot, string file)
    {
        var data = File.ReadAllBytes(Path.Combine(dataRoot, "bounces-extra", file));
        return file.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) || BounceAnalyzer.LooksLikeMessage(data)
            ? analyzer.Analyze(data)
            : analyzer.AnalyzeText(Encoding.UTF8.GetString(data));
    }

    /// <summary>Scores every stated field, leaving out those <paramref name="skip"/> names (file, field).</summary>
    public static FieldScores Score(IEnumerable<ExtraRow> rows, IReadOnlyDictionary<string, BounceReport> reports, Func<string, string, bool>? skip = null)
    {
        skip ??= (_, _) => false;
        var score = new FieldScores(Fields);
        foreach (var row in rows)
        {
            var report = reports[row.File];
            var got = report.Recipients.FirstOrDefault(r => r.Recipient == row.Recipient) ?? (report.Recipients.Count > 0 ? report.Recipients[0] : null);
            if (row.Kind.Length > 0 && !skip(row.File, "kind"))
            {
                score["kind"].Add((report.Kind == ExplanationKind.Bounce) == (row.Kind == "bounce"), row.File, row.Kind, report.Kind.ToString());
            }

            if (row.Recipient.Length > 0 && !skip(row.File, "recipient"))
            {
                score["recipient"].Add(report.Recipients.Any(r => r.Recipient == row.Recipient), row.File, row.Recipient, got?.Recipient);
            }

            if (row.Status.Length > 0 && !skip(row.File, "status"))
            {
                score["status"].Add(got?.Status == row.Status, row.File, row.Status, got?.Status);
            }

            if (row.ReplyCode.Length > 0 && !skip(row.File, "reply"))
            {
                score["reply"].Add(got?.ReplyCode == row.ReplyCode, row.File, row.ReplyCode, got?.ReplyCode);
            }

            if (row.HardOrSoft.Length > 0 && !skip(row.File, "hard/soft"))
            {
                score["hard/soft"].Add(got is not null && got.Permanent == (row.HardOrSoft == "hard"), row.File, row.HardOrSoft, got?.Permanent.ToString());
            }
        }

        return score;
    }
}
