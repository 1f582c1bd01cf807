using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>ARF reports (RFC 5965, RFC 6591) pasted as text: kind feedback, reason feedback, the feedback type.</summary>
public sealed class FeedbackReportTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    [Fact]
    public void AnalyzeText_ReportFieldsPasted_GivesTheComplainingRecipientAndType()
    {
        const string Paste = "Feedback-Type: abuse\nUser-Agent: SomeGenerator/1.0\nVersion: 1\nOriginal-Mail-From: <news@sender.example>\nOriginal-Rcpt-To: <kim@example.net>\n";

        var report = _analyzer.AnalyzeText(Paste);

        var finding = Assert.Single(report.Recipients);
        Assert.Equal(ExplanationKind.Feedback, report.Kind);
        Assert.Equal(("kim@example.net", "feedback", "abuse"), (finding.Recipient, finding.Reason, finding.FeedbackType));
    }

    // What a mail client shows of a report: only its human-readable part, worded as RFC 5965's example is.
    [Theory]
    [InlineData("This is an email abuse report for an email message received from IP 192.0.2.1 on Thu, 8 Mar 2005 14:00:00 EDT.", "abuse")]
    [InlineData("This is an authentication failure report for an email message received from IP 192.0.2.1.", "auth-failure")]
    public void AnalyzeText_OnlyTheReportsWording_IsFeedback(string paste, string type)
    {
        var report = _analyzer.AnalyzeText(paste);

        Assert.Equal(ExplanationKind.Feedback, report.Kind);
        Assert.Equal(("feedback", type), (report.Recipients[0].Reason, report.Recipients[0].FeedbackType));
    }
}
