using NdrBot.Core.Bounces;

namespace NdrBot.Core.Tests.Bounces.Evidence;

/// <summary>
/// Which code answers for a recipient in pasted text: the recipient's own line first, then the first line with a
/// failure code, never a session's later protocol lines or the mailer's own summary.
/// </summary>
public sealed class RecipientCodeTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    // Sendmail lists the refusal under the recipient, then the transcript, whose last lines answer the client's
    // later commands ("503 5.0.0 Need RCPT") and give Sendmail's own summary.
    [Fact]
    public void AnalyzeText_SendmailTranscriptWithLaterProtocolLines_TakesTheRecipientsOwnStatus()
    {
        const string Paste = """
               ----- The following addresses had permanent fatal errors -----
            <ann@example.net>
                (reason: 550 5.1.1 <ann@example.net>... User Unknown)

               ----- Transcript of session follows -----
            ... while talking to mx.example.net.:
            >>> DATA
            <<< 550 5.1.1 <ann@example.net>... User Unknown
            554 5.0.0 Service unavailable
            <<< 503 5.0.0 Need RCPT (recipient)
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("5.1.1", "550", "userunknown"), (recipient.Status, recipient.ReplyCode, recipient.Reason));
    }

    // A reply code outside the everyday ones (Sun ONE Messaging Server's LMTP "522") is still the reply when an
    // enhanced status of its class follows it.
    [Fact]
    public void AnalyzeText_UncommonReplyFollowedByItsStatus_IsTheReply()
    {
        const string Paste = "Final-Recipient: rfc822;kim@example.net\nAction: failed\nStatus: 5.2.0\nDiagnostic-code: smtp;522 5.2.0 Delivery failed: Over quota\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("5.2.0", "522", "mailboxfull"), (recipient.Status, recipient.ReplyCode, recipient.Reason));
    }

    // qmail closes a recipient's entry with its own status "(#5.5.0)", here on a line after the remote reply.
    [Fact]
    public void AnalyzeText_QmailStatusAfterAReplyWithoutEnhancedCode_IsTheStatus()
    {
        const string Paste = """
            Hi. This is the qmail-send program at mx4.example.jp.
            I'm afraid I wasn't able to deliver your message to the following addresses.
            This is a permanent error; I've given up. Sorry it didn't work out.

            <kim@example.net>:
            Sorry, no SMTP connection got far enough; most progress was RCPT TO response; remote host 192.0.2.32 said: 550 Unknown user kim@example.net
            . (#5.5.0)
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("5.5.0", "550"), (recipient.Status, recipient.ReplyCode));
    }

    // Sendmail's DSN for a delivery program gives only "Status: 5.0.0" and the program's exit code; its own transcript
    // line ("554 5.3.0 unknown mailer error 255") details the status.
    [Fact]
    public void Analyze_MailerExitWithBareStatus_TakesSendmailsDetailedStatus()
    {
        const string Message = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\r\nTo: ann@example.org\r\nSubject: Returned mail: see transcript for details\r\n"
            + "MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n"
            + "--b\r\n\r\n   ----- The following addresses had permanent fatal errors -----\r\n\"|/home/kim/bin/catch.pl\"\r\n    (reason: 255)\r\n    (expanded from: <kim@example.jp>)\r\n\r\n"
            + "   ----- Transcript of session follows -----\r\nDBI connect failed: too many clients already\r\n554 5.3.0 unknown mailer error 255\r\n\r\n"
            + "--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.jp\r\n\r\n"
            + "Final-Recipient: RFC822; kim@example.jp\r\nX-Actual-Recipient: X-Unix; |/home/kim/bin/catch.pl\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: X-Unix; 255\r\n\r\n--b--\r\n";

        var recipient = Assert.Single(_analyzer.Analyze(System.Text.Encoding.ASCII.GetBytes(Message)).Recipients);

        Assert.Equal(("kim@example.jp", "5.3.0", "mailererror"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }

    // Sendmail's own "554 <a@b>... Remote protocol error" sums up the refusal; the remote server's reply is the
    // "<<< 550" line of the session before it.
    [Fact]
    public void AnalyzeText_SendmailSummaryAfterTheRemoteReply_TakesTheRemoteReplyCode()
    {
        const string Paste = """
               ----- Transcript of session follows -----
            While talking to mx.example.edu:
            >>> MAIL From:<ann@example.jp>
            <<< 550 Insecure Mail Relay
            554 <kim@example.edu>... Remote protocol error
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.edu", "550", "norelaying"), (recipient.Recipient, recipient.ReplyCode, recipient.Reason));
    }

    // Postfix wraps its report at 80 columns, sometimes between the reply code and the enhanced code.
    [Fact]
    public void AnalyzeText_ReplyAndStatusWrappedOntoTwoLines_ReadsThemAsOnePair()
    {
        const string Paste = """
            This is the mail system at host mailer.example.org.

            <ron@example.net>: host mx.example.net[192.0.2.22] said: 550
                5.2.1 <ron@example.net>... Addressee unknown, relay=[192.0.2.1] (in
                reply to RCPT TO command)
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("5.2.1", "550"), (recipient.Status, recipient.ReplyCode));
    }

    // An Exchange NDR mentions codes in its help text ("error code 5.1.10 in Office 365") before the server's answer.
    [Fact]
    public void AnalyzeText_CodeInHelpTextBeforeTheAnswer_TakesTheReplyWithItsCode()
    {
        const string Paste = """
            Your message to kim@example.com couldn't be delivered.
            Clear the recipient Auto-Complete List, see Fix email delivery issues for error code 5.1.10 in Office 365.

            Diagnostic information for administrators:
            Remote Server returned '550 5.4.1 Recipient address rejected: Access denied.'
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("5.4.1", "550"), (recipient.Status, recipient.ReplyCode));
    }
}
