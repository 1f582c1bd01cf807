using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Tests.Bounces;

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

    /// <summary>
    /// Found by <c>Analyze_MutatedPublicSamples_IsWellFormedThroughEveryEntry</c> (seed eQaPPI73TFA4, an Exim
    /// auto-replied sample cut inside its From) and <c>Analyze_InputOverTheSizeCap_ReportsTruncation</c> (seed
    /// eVF4BwWQdW03, From: mailer-daemon): the sender's words "mai" and "mailer-daemon" were reported as recipients.
    /// </summary>
    [Theory]
    [InlineData("Mail Delivery System <mai")]
    [InlineData("mailer-daemon")]
    [InlineData("\"Out Of Office\" <>")]
    public void Analyze_AutoReplyFromWithoutAddress_ReportsNoRecipientAddress(string from)
    {
        var message = Encoding.Latin1.GetBytes($"From: {from}\nTo: a@example.org\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nI am away until Monday.\n");

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(message);

        Assert.Equal(ExplanationKind.AutoReply, report.Kind);
        Assert.Null(Assert.Single(report.Recipients).Recipient);
    }

    [Fact]
    public void Analyze_AutoReplyFromAnAddress_KeepsIt()
    {
        var message = Encoding.Latin1.GetBytes("From: Neko <Neko@Example.JP>\nTo: a@example.org\nAuto-Submitted: auto-replied\nSubject: Out of office\n\nAway.\n");

        var report = new BounceAnalyzer(TestCatalogue.Create()).Analyze(message);

        Assert.Equal("neko@example.jp", Assert.Single(report.Recipients).Recipient);
    }
}
