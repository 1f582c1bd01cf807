using System.Text;
using CsCheck;
using NdrBot.Core.Bounces;
using NdrBot.Core.Codes;
using NdrBot.Core.Tests.Bounces;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// Issue 9, bounded work measured as memory, not time: what one analysis allocates grows at most linearly with the
/// part of the input that is read, and input beyond the size cap costs (almost) nothing. Measured with
/// <see cref="GC.GetAllocatedBytesForCurrentThread"/>, so the figures do not depend on machine load.
/// </summary>
public sealed class AllocationBoundTests
{
    // Note: measured on the public samples and on repetitive pastes up to 10 MB (the worst, "<<< 550 5.1.1 " over and
    // over, allocates ~28 B a character in the analyser and ~14 B in the recognizer); the bounds leave about 2x room.
    private const long AnalyzerBytesPerUnit = 64;
    private const long RecognizerBytesPerChar = 32;
    private const long FixedCost = 1 << 20;

    private static readonly string[] Repeats = ["5.5.", "> > ", "error 550 ", "<<< 550 5.1.1 ", "Final-Recipient: rfc822; a@b.example\n", "<a@b.example>: 550 5.1.1 x\n"];

    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());
    private readonly CodeRecognizer _recognizer = new();

    [Fact]
    public void Analyze_DamagedSamples_AllocateLinearlyInTheReadInput() =>
        FuzzRun.Check(Gen.OneOf(FuzzInputs.Mutated, FuzzInputs.NearCodeText), message =>
        {
            var bytes = FuzzInputs.Bytes(message);
            AssertWithin(Allocations.Of(() => _analyzer.Analyze(bytes)), AnalyzerBound(bytes.Length), "Analyze(bytes)");
            AssertWithin(Allocations.Of(() => _analyzer.AnalyzeText(message)), AnalyzerBound(message.Length), "AnalyzeText");
            AssertWithin(Allocations.Of(() => _recognizer.Recognize(message)), RecognizerBound(message.Length), "Recognize");
        }, 60, FuzzRun.Show);

    [Fact]
    public void Analyze_EveryPublicSample_AllocatesLinearlyInItsSize()
    {
        foreach (var sample in PublicSamples.All)
        {
            AssertWithin(Allocations.Of(() => _analyzer.Analyze(sample)), AnalyzerBound(sample.Length), "a public sample");
        }
    }

    /// <summary>Ten times the cap costs what the cap costs: the rest is never read (the text path copies the cut once).</summary>
    [Theory]
    [MemberData(nameof(RepeatUnits))]
    public void Analyze_TenTimesTheCap_AllocatesAboutWhatTheCapDoes(string unit)
    {
        var cap = BounceAnalyzerOptions.Default.MaxInputBytes;
        var atCap = Repeat(unit, cap);
        var tenTimes = Repeat(unit, 10 * cap);

        var atCapCost = Cost(atCap);
        var tenTimesCost = Cost(tenTimes);

        Assert.True(tenTimesCost <= (atCapCost * 3 / 2) + (4 * FixedCost), $"{unit.Trim()}: {tenTimesCost:N0} bytes for 10x the cap, {atCapCost:N0} at the cap");
        AssertWithin(Allocations.Of(() => _recognizer.Recognize(tenTimes)), RecognizerBound(tenTimes.Length), "Recognize over the cap");
    }

    public static TheoryData<string> RepeatUnits() => [.. Repeats];

    private long Cost(string text)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        return Allocations.Of(() => _analyzer.AnalyzeText(text)) + Allocations.Of(() => _analyzer.Analyze(bytes));
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + 100).Append("From: MAILER-DAEMON@x.example\nSubject: Undelivered Mail\n\n");
        return text.Insert(text.Length, unit, length / unit.Length).ToString();
    }

    private static long AnalyzerBound(int length) =>
        (AnalyzerBytesPerUnit * Math.Min(length, BounceAnalyzerOptions.Default.MaxInputBytes)) + FixedCost;

    private static long RecognizerBound(int length) =>
        (RecognizerBytesPerChar * Math.Min(length, CodeRecognizer.MaxInputChars)) + FixedCost;

    private static void AssertWithin(long allocated, long bound, string what) =>
        Assert.True(allocated <= bound, $"{what} allocated {allocated:N0} bytes; the bound is {bound:N0}");
}
