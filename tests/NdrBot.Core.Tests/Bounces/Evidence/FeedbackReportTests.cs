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

    // RFC 5965 §3.2: Original-Rcpt-To appears once for each recipient of the reported message.
    [Fact]
    public void AnalyzeText_TwoReportedRecipients_GivesAFindingForEach()
    {
        const string Paste = "Feedback-Type: abuse\nVersion: 1\nOriginal-Mail-From: news@sender.example\nOriginal-Rcpt-To: kim@example.net\nOriginal-Rcpt-To: lee@example.org\nSource-IP: 192.0.2.3\n";

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(["kim@example.net", "lee@example.org"], report.Recipients.Select(r => r.Recipient));
        Assert.All(report.Recipients, r => Assert.Equal(("feedback", "abuse"), (r.Reason, r.FeedbackType)));
    }

    [Fact]
    public void Analyze_ReportPartWithTwoReportedRecipients_GivesAFindingForEach()
    {
        const string Message = "From: abuse@isp.example\r\nTo: postmaster@sender.example\r\nSubject: report\r\nMIME-Version: 1.0\r\n"
            + "Content-Type: multipart/report; report-type=feedback-report; boundary=\"b\"\r\n\r\n"
            + "--b\r\nContent-Type: text/plain\r\n\r\nAn abuse report.\r\n"
            + "--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nVersion: 1\r\n"
            + "Original-Rcpt-To: kim@example.net\r\nOriginal-Rcpt-To: lee@example.org\r\n\r\n--b--\r\n";

        var report = _analyzer.Analyze(System.Text.Encoding.ASCII.GetBytes(Message));

        Assert.Equal(ExplanationKind.Feedback, report.Kind);
        Assert.Equal(["kim@example.net", "lee@example.org"], report.Recipients.Select(r => r.Recipient));
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
