using CsCheck;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Tests.Bounces;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// Issue 9, fuzzing: random and damaged input through every public entry of the bounce analyser (bytes, stream,
/// pasted text) and through the <see cref="Explainer"/>. No exception escapes and every report is well-formed.
/// </summary>
public sealed class BounceAnalyzerFuzzTests
{
    private static readonly BounceAnalyzerOptions Options = BounceAnalyzerOptions.Default;

    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());
    private readonly Explainer _explainer = new();

    [Fact]
    public void Analyze_RandomBytes_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.RandomBytes, bytes => EveryEntry(FuzzInputs.Latin1(bytes)), 200, FuzzRun.Show);

    [Fact]
    public void AnalyzeText_RandomUtf16_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.RandomText, text => ReportChecks.WellFormed(_analyzer.AnalyzeText(text), Options), 300, FuzzRun.Show);

    [Fact]
    public void AnalyzeText_TextDenseInDigitsDotsAndQuotes_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.NearCodeText, text => ReportChecks.WellFormed(_analyzer.AnalyzeText("Delivery has failed\n" + text), Options), 300, FuzzRun.Show);

    [Fact]
    public void Analyze_MutatedPublicSamples_IsWellFormedThroughEveryEntry() =>
        FuzzRun.Check(FuzzInputs.Mutated, message => EveryEntry(message), 120, FuzzRun.Show);

    [Fact]
    public void Explain_MutatedPublicSamples_EveryFindingNamesAValidCode() =>
        FuzzRun.Check(FuzzInputs.Mutated, text => ReportChecks.WellFormed(_explainer.Explain(text)), 80, FuzzRun.Show);

    [Fact]
    public void Explain_RandomUtf16_EveryFindingNamesAValidCode() =>
        FuzzRun.Check(FuzzInputs.RandomText, text => ReportChecks.WellFormed(_explainer.Explain(text)), 300, FuzzRun.Show);

    /// <summary>With a small cap, every input longer than it says it was cut, and no shorter one does.</summary>
    [Fact]
    public void Analyze_InputOverTheSizeCap_ReportsTruncation()
    {
        var small = new BounceAnalyzerOptions { MaxInputBytes = 4096 };
        var analyzer = new BounceAnalyzer(TestCatalogue.Create(), small);
        var gen = Gen.OneOf(FuzzInputs.Mutated, FuzzInputs.Sample, FuzzInputs.NearCodeText);

        FuzzRun.Check(gen, message =>
        {
            var over = message.Length > small.MaxInputBytes;
            var bytes = FuzzInputs.Bytes(message);
            foreach (var report in new[] { analyzer.Analyze(bytes), analyzer.Analyze(new MemoryStream(bytes)), analyzer.AnalyzeText(message) })
            {
                ReportChecks.WellFormed(report, small);
                Assert.Equal(over, report.Notices.Any(IsCutNotice));
            }
        }, 80, FuzzRun.Show);
    }

    [Fact]
    public void Analyze_TenMegabyteLineInEverySampleKind_IsCutAndWellFormed()
    {
        var gen = Gen.Select(FuzzInputs.Sample, Gen.Char["x5.@> "], (sample, fill) => Mutations.LongLine(sample, 10 * 1024 * 1024, fill));

        FuzzRun.Check(gen, message =>
        {
            foreach (var report in EveryEntry(message))
            {
                Assert.Contains(report.Notices, IsCutNotice);
            }
        }, 3, FuzzRun.Show);
    }

    internal static bool IsCutNotice(string notice) => notice.Contains("only the first", StringComparison.Ordinal);

    private List<BounceReport> EveryEntry(string message)
    {
        var bytes = FuzzInputs.Bytes(message);
        List<BounceReport> reports = [_analyzer.Analyze(bytes), _analyzer.Analyze(new MemoryStream(bytes)), _analyzer.Analyze(bytes.AsSpan()), _analyzer.AnalyzeText(message)];
        reports.ForEach(r => ReportChecks.WellFormed(r, Options));
        return reports;
    }
}
