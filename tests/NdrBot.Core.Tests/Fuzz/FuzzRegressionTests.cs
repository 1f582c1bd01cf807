using NdrBot.Core.Codes;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>Inputs the fuzzers found, shrunk by hand, kept as named cases (style.md §3.13).</summary>
public sealed class FuzzRegressionTests
{
    private readonly CodeRecognizer _recognizer = new();

    /// <summary>
    /// Found by <c>Recognize_TextDenseInDigitsDotsAndQuotes_IsWellFormed</c> (seed 1J9Biih-jeB5): "4.065.x" came
    /// back as a status that <see cref="StatusCode.TryParse"/> refuses, so no catalogue lookup could use it.
    /// </summary>
    [Theory]
    [InlineData("4.065.x")]
    [InlineData("550 5.01.1 user unknown")]
    [InlineData("error 5.1.01")]
    public void Recognize_PartWithLeadingZero_IsNotACode(string text)
    {
        var result = _recognizer.Recognize(text);

        Assert.DoesNotContain(result.Mentions, m => m.Status is not null);
        ReportChecks.WellFormed(result, text);
    }

    [Theory]
    [InlineData("5.0.0", "5.0.0")]
    [InlineData("see 4.10.x", "4.10.x")]
    [InlineData("550 5.1.10 gone", "5.1.10")]
    public void Recognize_ZeroThatIsNotLeading_IsStillACode(string text, string status)
    {
        Assert.Contains(_recognizer.Recognize(text).Mentions, m => m.Status == status);
    }
}
