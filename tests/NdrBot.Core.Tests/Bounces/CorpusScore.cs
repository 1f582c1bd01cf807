using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;
using Xunit.Abstractions;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Per-field tallies for <see cref="CorpusTests"/>; mismatches go to the test output.</summary>
internal sealed class CorpusScore
{
    public Tally Status { get; } = new("status");

    public Tally Reply { get; } = new("reply");

    public Tally Reason { get; } = new("reason");

    public Tally Recipient { get; } = new("recipient");

    public Tally Hard { get; } = new("hard/soft");

    public Tally Kind { get; } = new("kind");

    public void Add(CorpusExpectation row, BounceReport report, ITestOutputHelper output)
    {
        var expectedKind = row.Kind == "not-bounce" ? ExplanationKind.NotBounce
            : row.Reason == "feedback" ? ExplanationKind.Feedback
            : row.Reason == "vacation" ? ExplanationKind.AutoReply
            : ExplanationKind.Bounce;
        Kind.Add(report.Kind == expectedKind, row, expectedKind.ToString(), report.Kind.ToString(), output);
        if (expectedKind == ExplanationKind.NotBounce)
        {
            return;
        }

        var got = row.Index >= 1 && row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
        Reason.Add(SameReason(row.Reason, got?.Reason), row, row.Reason, got?.Reason, output);
        Recipient.Add(string.Equals(row.Recipient, got?.Recipient ?? "", StringComparison.OrdinalIgnoreCase), row, row.Recipient, got?.Recipient, output);
        if (expectedKind != ExplanationKind.Bounce)
        {
            return;
        }

        var statusOk = row.StatusIsReal ? row.Status == got?.Status : got?.Status is { } s && s[0] == row.Status[0];
        Status.Add(statusOk, row, row.Status, got?.Status, output);
        Reply.Add(row.ReplyCode == (got?.ReplyCode ?? ""), row, row.ReplyCode, got?.ReplyCode, output);
        Hard.Add(row.HardBounce == (got?.HardBounce ?? false), row, row.HardBounce.ToString(), got?.HardBounce.ToString(), output);
    }

    public string Summary() => string.Join("; ", new[] { Status, Reply, Reason, Recipient, Hard, Kind }.Select(t => t.ToString()));

    // Note: the vocabulary renamed two reasons; either name is the same answer.
    private static bool SameReason(string expected, string? got) =>
        expected == got || (expected, got) is ("speeding", "ratelimited") or ("ratelimited", "speeding")
            or ("mesgtoobig", "emailtoolarge") or ("emailtoolarge", "mesgtoobig");

    internal sealed class Tally(string name)
    {
        public int Right { get; private set; }

        public int Total { get; private set; }

        public double Rate => Total == 0 ? 1 : (double)Right / Total;

        public void Add(bool ok, CorpusExpectation row, string expected, string? got, ITestOutputHelper output)
        {
            Total++;
            if (ok)
            {
                Right++;
                return;
            }

            output.WriteLine($"MISS {name}: {row.File}#{row.Index} expected '{expected}' got '{got}'");
        }

        public override string ToString() => $"{name} {Right}/{Total} ({Rate:P1})";
    }
}
