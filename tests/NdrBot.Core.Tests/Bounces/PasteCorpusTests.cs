using NdrBot.Core.Bounces;
using NdrBot.Core.Tests.Bounces.Scoring;
using NdrBot.Tests.Shared;
using Xunit.Abstractions;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>
/// Scores the paste corpus (tests/data/pastes: the public samples' visible text as mail clients show it, pasted
/// through Slack, forwarded, wrapped, or cut to the diagnostic paragraph; written by bench/NdrBot.PasteCorpus) and
/// holds each field above a floor.
/// </summary>
public sealed class PasteCorpusTests(ITestOutputHelper output)
{
    // Note: "status seen" asks for the exact code where the paste shows it and the class where it does not; "status
    // exact" asks for the exact code always, which an Outlook view without the delivery-status part often cannot show.
    private const double StatusSeenFloor = 0.957;
    private const double StatusExactFloor = 0.89;
    private const double ReasonFloor = 0.846;
    private const double RecipientFloor = 0.952;
    private const double KindFloor = 0.964;

    [Fact]
    public void AnalyzeText_PasteCorpus_MeetsFieldScores()
    {
        var rows = PasteCorpus.Rows(TestData.Root);
        var analyzer = new BounceAnalyzer();
        var reports = rows.Select(r => r.Paste).Distinct().ToDictionary(p => p, p => PasteCorpus.Analyze(analyzer, TestData.Root, p));
        var score = PasteCorpus.Score(rows, reports, DisputedLabels.Contains);

        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        output.WriteLine(score.Summary());
        Assert.True(score["status seen"].Rate >= StatusSeenFloor, score.Summary());
        Assert.True(score["status exact"].Rate >= StatusExactFloor, score.Summary());
        Assert.True(score["reason"].Rate >= ReasonFloor, score.Summary());
        Assert.True(score["recipient"].Rate >= RecipientFloor, score.Summary());
        Assert.True(score["kind"].Rate >= KindFloor, score.Summary());
    }
}
