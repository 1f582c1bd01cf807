using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>
/// Amazon SES event notifications sent by email (the JSON of the SES Developer Guide, "Contents of notifications"):
/// each notification type read as the report it stands for.
/// </summary>
public sealed class SesNotificationTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    private static byte[] Message(string json) => Encoding.UTF8.GetBytes(
        "From: SES <no-reply@sns.amazonaws.com>\r\nTo: ann@example.org\r\nSubject: AWS Notification Message\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + json + "\r\n\r\n--\r\nIf you wish to stop receiving notifications from this topic, please click the link below.\r\n");

    [Fact]
    public void Analyze_DeliveryNotification_IsDeliveredWithTheResponsesStatus()
    {
        const string Json = """{"notificationType":"Delivery","mail":{"source":"ann@example.org","destination":["kim@example.net"]},"delivery":{"recipients":["kim@example.net"],"smtpResponse":"250 2.6.0 Message received","reportingMTA":"a1.smtp-out.amazonses.com"}}""";

        var finding = Assert.Single(_analyzer.Analyze(Message(Json)).Recipients);

        Assert.Equal(("kim@example.net", "2.6.0", "250", "delivered"), (finding.Recipient, finding.Status, finding.ReplyCode, finding.Reason));
    }

    [Fact]
    public void Analyze_BounceNotification_GivesEachBouncedRecipient()
    {
        const string Json = """{"notificationType":"Bounce","bounce":{"bounceType":"Permanent","bouncedRecipients":[{"emailAddress":"kim@example.net","action":"failed","status":"5.1.1","diagnosticCode":"smtp; 550 5.1.1 user unknown"}],"reportingMTA":"dsn; a1.smtp-out.amazonses.com"},"mail":{"source":"ann@example.org","destination":["kim@example.net"]}}""";

        var report = _analyzer.Analyze(Message(Json));

        var finding = Assert.Single(report.Recipients);
        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(("kim@example.net", "5.1.1", "550", "userunknown"), (finding.Recipient, finding.Status, finding.ReplyCode, finding.Reason));
    }

    [Fact]
    public void Analyze_ComplaintNotification_IsFeedbackForTheComplainingRecipient()
    {
        const string Json = """{"notificationType":"Complaint","complaint":{"complainedRecipients":[{"emailAddress":"kim@example.net"}],"complaintFeedbackType":"abuse"},"mail":{"source":"ann@example.org","destination":["kim@example.net"]}}""";

        var report = _analyzer.Analyze(Message(Json));

        var finding = Assert.Single(report.Recipients);
        Assert.Equal(ExplanationKind.Feedback, report.Kind);
        Assert.Equal(("kim@example.net", "feedback", "abuse"), (finding.Recipient, finding.Reason, finding.FeedbackType));
    }

    [Fact]
    public void AnalyzeText_PastedBounceNotification_GivesTheBouncedRecipient()
    {
        const string Paste = """
            got this from our SES topic:
            {"notificationType":"Bounce","bounce":{"bounceType":"Transient","bouncedRecipients":[{"emailAddress":"kim@example.net","diagnosticCode":"smtp; 452 4.2.2 mailbox full"}]},"mail":{"source":"ann@example.org"}}
            """;

        var finding = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.net", "4.2.2", "mailboxfull"), (finding.Recipient, finding.Status, finding.Reason));
    }

    [Fact]
    public void Analyze_CutOffNotificationJson_IsReadAsPlainText()
    {
        var report = _analyzer.Analyze(Message("""{"notificationType":"Bounce","bounce":{"bouncedRecipients":[{"emailAddress":"kim@example.net","status":"5.1.1"""));

        Assert.Equal("kim@example.net", Assert.Single(report.Recipients).Recipient);
    }
}
