using System.Text;
using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Evidence;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>
/// A multi-line SMTP reply (RFC 5321 §4.2.1: "550-5.7.26 …" lines, then "550 5.7.26 …") is the server's words as one
/// diagnostic, not its last line, and its line markers do not sit between the words.
/// </summary>
public sealed class MultilineReplyTests
{
    private const string Words =
        "550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to "
        + "authenticate with either SPF or DKIM. Authentication results: DKIM = did not pass SPF [contoso.com] with ip: "
        + "[203.0.113.9] = did not pass For instructions on setting up authentication, go to "
        + "https://support.google.com/mail/answer/81126#authentication a1si123456qkb.1 - gsmtp";

    private const string PostfixPaste = """
        This is the mail system at host mail.contoso.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

        <jane@gmail.com>: host gmail-smtp-in.l.google.com[142.250.102.27] said:
            550-5.7.26 This mail has been blocked because the sender is
            550-5.7.26 unauthenticated. Gmail requires all senders to authenticate with
            550-5.7.26 either SPF or DKIM.
            550-5.7.26
            550-5.7.26  Authentication results:
            550-5.7.26  DKIM = did not pass
            550-5.7.26  SPF [contoso.com] with ip: [203.0.113.9] = did not pass
            550-5.7.26
            550-5.7.26  For instructions on setting up authentication, go to
            550 5.7.26  https://support.google.com/mail/answer/81126#authentication
            a1si123456qkb.1 - gsmtp (in reply to end of DATA command)
        """;

    private const string DsnFields = """
        Reporting-MTA: dns; mail.contoso.com

        Final-Recipient: rfc822; jane@gmail.com
        Action: failed
        Status: 5.7.26
        Remote-MTA: dns; gmail-smtp-in.l.google.com
        Diagnostic-Code: smtp; 550-5.7.26 This mail has been blocked because the sender
            is 550-5.7.26 unauthenticated. Gmail requires all senders to authenticate
            with 550-5.7.26 either SPF or DKIM. 550-5.7.26  550-5.7.26  Authentication
            results: 550-5.7.26  DKIM = did not pass 550-5.7.26  SPF [contoso.com] with
            ip: [203.0.113.9] = did not pass 550-5.7.26  550-5.7.26  For instructions on
            setting up authentication, go to 550 5.7.26
            https://support.google.com/mail/answer/81126#authentication
            a1si123456qkb.1 - gsmtp
        """;

    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    [Fact]
    public void AnalyzeText_PostfixPasteOfGmailMultilineReply_KeepsEveryLineAsOneDiagnostic()
    {
        var recipient = Assert.Single(_analyzer.AnalyzeText(PostfixPaste).Recipients);

        Assert.Equal(("jane@gmail.com", "5.7.26", "550"), (recipient.Recipient, recipient.Status, recipient.ReplyCode));
        Assert.Equal(Words + " (in reply to end of DATA command)", recipient.Diagnostic);
    }

    [Fact]
    public void Analyze_DsnDiagnosticCodeFoldedWithLineMarkers_IsOneDiagnostic()
    {
        var message = "From: MAILER-DAEMON@mail.contoso.com\nTo: ann@contoso.com\nSubject: Undelivered Mail Returned to Sender\n"
            + "MIME-Version: 1.0\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"B\"\n\n"
            + "--B\nContent-Type: text/plain\n\nYour message could not be delivered.\n\n"
            + "--B\nContent-Type: message/delivery-status\n\n" + DsnFields + "\n--B--\n";

        var recipient = Assert.Single(_analyzer.Analyze(Encoding.ASCII.GetBytes(message)).Recipients);

        Assert.Equal(("jane@gmail.com", "5.7.26", "550"), (recipient.Recipient, recipient.Status, recipient.ReplyCode));
        Assert.Equal(Words, recipient.Diagnostic);
    }

    [Fact]
    public void AnalyzeText_PastedDsnFieldsWithLineMarkers_IsOneDiagnostic()
    {
        var recipient = Assert.Single(_analyzer.AnalyzeText(DsnFields).Recipients);

        Assert.Equal(Words, recipient.Diagnostic);
    }

    [Fact]
    public void AnalyzeText_ReplyLinesEachOnALineOfTheirOwn_AreJoined()
    {
        const string Paste = """
            Delivery to jane@gmail.com failed:
            550-5.7.26 This mail has been blocked because the sender is
            550-5.7.26 unauthenticated.
            550 5.7.26 https://support.google.com/mail/answer/81126 - gsmtp
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal("550 5.7.26 This mail has been blocked because the sender is unauthenticated. https://support.google.com/mail/answer/81126 - gsmtp", recipient.Diagnostic);
    }

    [Theory]
    [InlineData("550-5.1.0 Listed. See 550 5.1.0 the page (in reply to MAIL FROM command)", "550 5.1.0 Listed. See the page (in reply to MAIL FROM command)")]
    [InlineData("452-4.2.2 Mailbox full 452-4.2.2 try later", "452 4.2.2 Mailbox full try later")]
    [InlineData("550-Mailbox unavailable 550 Try another address", "550 Mailbox unavailable Try another address")]
    [InlineData("550 5.1.1 User unknown", "550 5.1.1 User unknown")]
    [InlineData("host said: 550-5.7.1 x", "host said: 550-5.7.1 x")]
    [InlineData("550-", "550-")]
    [InlineData("552-5.7.0 Only the first line", "552-5.7.0 Only the first line")]
    public void Join_Markers_AreSaidOnceAtTheStart(string text, string expected) =>
        Assert.Equal(expected, MultilineReply.Join(text));

    [Theory]
    [InlineData("said: 550-5.7.1 a 550 5.7.1 b", 18, 6)]
    [InlineData("said: 550 5.7.1 b", 6, 6)]
    [InlineData("421-4.7.0 a\n550-5.7.1 b 550 5.7.1 c", 24, 12)]
    [InlineData("x1550-5.7.1 a 550 5.7.1 b", 14, 14)]
    public void StartOf_TheReplysLastLine_IsItsFirstLineOnTheSameLine(string text, int position, int expected) =>
        Assert.Equal(expected, MultilineReply.StartOf(text, position));
}
