using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>
/// Scores reports of the public samples (<c>tests/data/bounces</c>) against <c>expected.tsv</c>, row by row: the
/// kind of every message; for each failed recipient its reason and address; for bounces also status, reply code and
/// hard/soft. A status given as an X.0.9NN stand-in is only compared by class.
/// </summary>
internal static class PublicCorpus
{
    public static readonly string[] Fields = ["status", "reply", "reason", "recipient", "hard/soft", "kind"];

    public static IReadOnlyList<CorpusExpectation> Rows(string dataRoot) =>
        CorpusExpectation.Load(Path.Combine(dataRoot, "bounces", "expected.tsv"));

    public static BounceReport Analyze(BounceAnalyzer analyzer, string dataRoot, string file) =>
        analyzer.Analyze(File.ReadAllBytes(Path.Combine(dataRoot, "bounces", file)));

    /// <summary>
    /// Scores every row; <paramref name="reports"/> holds one report per file. <paramref name="skip"/> names (file,
    /// recipient index, field) left out, such as <see cref="DisputedLabels"/>.
    /// </summary>
    public static FieldScores Score(IEnumerable<CorpusExpectation> rows, IReadOnlyDictionary<string, BounceReport> reports, Func<string, int, string, bool>? skip = null)
    {
        var score = new FieldScores(Fields);
        foreach (var row in rows)
        {
            var scored = new FieldScores(Fields);
            Add(scored, row, reports[row.File]);
            foreach (var tally in scored.All.Where(t => skip?.Invoke(row.File, row.Index, t.Name) != true))
            {
                score[tally.Name].Add(tally);
            }
        }

        return score;
    }

    private static void Add(FieldScores score, CorpusExpectation row, BounceReport report)
    {
        var where = $"{row.File}#{row.Index}";
        var expectedKind = row.Kind == "not-bounce" ? ExplanationKind.NotBounce
            : row.Reason == "feedback" ? ExplanationKind.Feedback
            : row.Reason == "vacation" ? ExplanationKind.AutoReply
            : ExplanationKind.Bounce;
        score["kind"].Add(report.Kind == expectedKind, where, expectedKind.ToString(), report.Kind.ToString());
        if (expectedKind == ExplanationKind.NotBounce)
        {
            return;
        }

        var got = row.Index >= 1 && row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
        score["reason"].Add(SameReason(row.Reason, got?.Reason), where, row.Reason, got?.Reason);
        score["recipient"].Add(string.Equals(row.Recipient, got?.Recipient ?? "", StringComparison.OrdinalIgnoreCase), where, row.Recipient, got?.Recipient);
        if (expectedKind != ExplanationKind.Bounce)
        {
            return;
        }

        var statusOk = row.StatusIsReal ? row.Status == got?.Status : got?.Status is { } s && s[0] == row.Status[0];
        score["status"].Add(statusOk, where, row.Status, got?.Status);
        score["reply"].Add(row.ReplyCode == (got?.ReplyCode ?? ""), where, row.ReplyCode, got?.ReplyCode);
        score["hard/soft"].Add(row.HardBounce == (got?.HardBounce ?? false), where, row.HardBounce.ToString(), got?.HardBounce.ToString());
    }

    /// <summary>
    /// The vocabulary folded four reasons into two (Sisimai rb-sisimai#399, p5-sisimai#634: ratelimited holds speeding
    /// and toomanyconn, emailtoolarge holds mesgtoobig and exceedlimit); labels of either age are the same answer.
    /// </summary>
    public static bool SameReason(string expected, string? got) =>
        expected == got || (got is not null && Canonical(expected) == Canonical(got));

    private static string Canonical(string reason) => reason switch
    {
        "speeding" or "toomanyconn" => "ratelimited",
        "mesgtoobig" or "exceedlimit" => "emailtoolarge",
        _ => reason,
    };
}
