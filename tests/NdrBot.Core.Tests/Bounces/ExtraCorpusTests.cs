using NdrBot.Core.Bounces;
using NdrBot.Core.Tests.Bounces.Scoring;
using NdrBot.Tests.Shared;
using Xunit.Abstractions;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>
/// Scores the samples from nine other projects' test suites (tests/data/bounces-extra) on the fields those tests
/// state, and holds each score above a floor. The rules were not written against these samples: they check that a
/// rule holds beyond the corpus it came from.
/// </summary>
public sealed class ExtraCorpusTests(ITestOutputHelper output)
{
    private const double StatusFloor = 0.0;
    private const double ReplyFloor = 0.0;
    private const double RecipientFloor = 0.0;
    private const double HardFloor = 0.0;
    private const double KindFloor = 0.0;

    [Fact]
    public void Analyze_ExtraSamples_MeetFieldScores()
    {
        var rows = ExtraCorpus.Rows(TestData.Root);
        var analyzer = new BounceAnalyzer();
        var reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => ExtraCorpus.Analyze(analyzer, TestData.Root, f));
        var score = ExtraCorpus.Score(rows, reports);

        foreach (var miss in score.Misses)
        {
            output.WriteLine(miss);
        }

        output.WriteLine(score.Summary());
        Assert.True(score["status"].Rate >= StatusFloor, score.Summary());
        Assert.True(score["reply"].Rate >= ReplyFloor, score.Summary());
        Assert.True(score["recipient"].Rate >= RecipientFloor, score.Summary());
        Assert.True(score["hard/soft"].Rate >= HardFloor, score.Summary());
        Assert.True(score["kind"].Rate >= KindFloor, score.Summary());
    }
}
