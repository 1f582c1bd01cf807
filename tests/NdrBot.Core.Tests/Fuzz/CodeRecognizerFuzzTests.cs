using CsCheck;
using NdrBot.Core.Codes;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Issue 9, fuzzing: the recognizer answers any text with well-formed mentions and never throws.</summary>
public sealed class CodeRecognizerFuzzTests
{
    private readonly CodeRecognizer _recognizer = new();

    [Fact]
    public void Recognize_RandomUtf16_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.RandomText, Property, 400, FuzzRun.Show);

    [Fact]
    public void Recognize_TextDenseInDigitsDotsAndQuotes_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.NearCodeText, Property, 400, FuzzRun.Show);

    [Fact]
    public void Recognize_MutatedPublicSamples_IsWellFormed() =>
        FuzzRun.Check(FuzzInputs.Mutated, Property, 60, FuzzRun.Show);

    [Fact]
    public void Recognize_TextOverTheCap_SaysTruncatedAndReadsOnlyTheCap()
    {
        var head = new string('.', CodeRecognizer.MaxInputChars - 5);
        var gen = Gen.Select(Gen.Int[1, 4], FuzzInputs.NearCodeText, (cut, tail) => head + "550 5.1.1 ok"[..cut] + tail + " 4.4.7");

        FuzzRun.Check(gen, text =>
        {
            var result = _recognizer.Recognize(text);

            Property(text);
            Assert.True(result.Truncated);
            Assert.DoesNotContain(result.Mentions, m => m.Status == "4.4.7" && m.Index >= CodeRecognizer.MaxInputChars);
        }, 4, FuzzRun.Show);
    }

    private void Property(string text) => ReportChecks.WellFormed(_recognizer.Recognize(text), text);
}
