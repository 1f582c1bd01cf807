using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>What chat does to a pasted bounce, and pastes that show only part of one.</summary>
public sealed class PasteReadingTests
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    [Fact]
    public void AnalyzeText_SlackPasteWithFenceEntitiesAndCurlyQuotes_ReadsTheBounce()
    {
        const string Paste = """
            got this back, any idea?
            ```
            &lt;ann@example.net&gt;: host mx.example.net[192.0.2.1] said: 550 5.1.1 &lt;ann@example.net&gt;: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
            ```
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste.Replace("'", "\u2019", StringComparison.Ordinal)).Recipients);

        Assert.Equal(("ann@example.net", "5.1.1", "userunknown"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }

    // Only the diagnostic paragraph, wrapped so that "said:" and the code sit on different lines.
    [Fact]
    public void AnalyzeText_OnlyTheRefusalParagraph_IsABounce()
    {
        const string Paste = """
            <kim@example.com>: host gmail-smtp-in.l.google.com[192.0.2.26] said:
                552-5.2.2 The recipient's inbox is out of storage space. Please direct the
                recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaTemp (in reply to RCPT TO command)
            """;

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(("kim@example.com", "5.2.2", "mailboxfull"), (report.Recipients[0].Recipient, report.Recipients[0].Status, report.Recipients[0].Reason));
    }

    // DragonFly Mail Agent names the failed recipient in one sentence; a postmaster address can be that recipient.
    [Fact]
    public void AnalyzeText_DeliveryToAPostmasterAddressFailed_ThatAddressIsTheRecipient()
    {
        const string Paste = """
            This is the DragonFly Mail Agent v0.13 at df.example.jp.

            There was an error delivering your mail to <postmaster@cx.example.org>.

            DNS lookup failure: host cx.example.org not found

            Message headers follow.
            """;

        var report = _analyzer.AnalyzeText(Paste);

        var finding = Assert.Single(report.Recipients);
        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(("postmaster@cx.example.org", "hostunknown"), (finding.Recipient, finding.Reason));
    }

    // Gmail's own notice that the address does not exist, with no SMTP session shown: the address is unknown, not
    // a filter's refusal worded as one.
    [Fact]
    public void AnalyzeText_GmailAddressNotFoundNotice_IsUserUnknown()
    {
        const string Paste = "** Address not found **\n\nYour message wasn't delivered to kim@example.it because the address couldn't be found. Check for typos or unnecessary spaces and try again.\n";

        var finding = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.it", "userunknown"), (finding.Recipient, finding.Reason));
    }

    // OpenSMTPD lists each failed recipient as "address: reason", a postmaster address among them.
    [Fact]
    public void AnalyzeText_PostmasterAddressOpeningARecipientEntry_IsTheRecipient()
    {
        const string Paste = """
                This is the MAILER-DAEMON, please DO NOT REPLY to this email.

                An error has occurred while attempting to deliver a message for
                the following list of recipients:

            postmaster@cx.example.org: Domain does not exist
            """;

        var finding = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("postmaster@cx.example.org", "hostunknown"), (finding.Recipient, finding.Reason));
    }

    // Gmail's heading "couldn't be found, or is unable to receive mail" also stands over a remote server's refusal
    // (au's "550 : User unknown" from its filter): that one says nothing of its own about the address.
    [Fact]
    public void AnalyzeText_GmailNoticeOverARemoteRefusal_TheRefusalDecides()
    {
        const string Paste = "** Address not found **\n\nYour message wasn't delivered to kim@example.it because the address couldn't be found, or is unable to receive mail.\n\nThe response was:\n\n550 : User unknown\n";

        var finding = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal("filtered", finding.Reason);
    }

    // A postmaster address offered for help is not a recipient.
    [Fact]
    public void AnalyzeText_PostmasterOfferedForHelp_IsNotARecipient()
    {
        const string Paste = "<ann@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n\nFor further assistance, please send mail to <postmaster@example.net>\n";

        var finding = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal("ann@example.net", finding.Recipient);
    }

    // Some providers' notices show neither the address nor a code.
    [Fact]
    public void AnalyzeText_NoticeWithoutRecipientOrCode_IsABounceWithAnAnonymousFinding()
    {
        const string Paste = "This message was created automatically.\n\nBased on the email preferences of the person you're trying to email, this message could not be delivered.\n";

        var report = _analyzer.AnalyzeText(Paste);

        var finding = Assert.Single(report.Recipients);
        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Null(finding.Recipient);
        Assert.Equal('5', finding.Status![0]);
    }

    // Sendmail names the sender in the refusal ("Domain of sender address x does not exist"), and Postfix may wrap
    // it so that the sender's address opens a line of its own.
    [Fact]
    public void AnalyzeText_AddressNamedAsTheSender_IsNotAFailedRecipient()
    {
        const string Paste = """
            <kim@example.jp>: host mx.example.jp[192.0.2.22] said: 553 5.1.8
                <root@sender.example>... Domain of sender address
                root@sender.example does not exist (in reply to MAIL FROM command)
            """;

        var report = _analyzer.AnalyzeText(Paste);

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("kim@example.jp", "5.1.8"), (recipient.Recipient, recipient.Status));
    }

    // qmail-based reports label the sender and the recipient on one line: "From: <x> RCPT: <y>".
    [Fact]
    public void AnalyzeText_SenderAndRecipientLabelledOnOneLine_KeepsTheRecipient()
    {
        const string Paste = """
            Hi. This is the qmail-send program at email.example.jp.
            <kim@example.net>:
            From: <postmaster@email.example.jp> RCPT: <kim@example.net> 192.0.2.25 does not like recipient.
            Remote host said: 552 5.2.2 <kim@example.net>: Recipient address rejected: Mailbox full
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.net", "mailboxfull"), (recipient.Recipient, recipient.Reason));
    }

    // Yahoo answers an unknown user after DATA (Help SLN3444: "This user doesn't have a yahoo.com account" means the
    // user id does not exist); the words say the address is unknown, so it is not a filter's refusal.
    [Theory]
    [InlineData("said: 554 delivery error: dd This user doesn't have a yahoo.com account (jane@yahoo.com) [0] - mta1199.mail.gq1.yahoo.com (in reply to end of DATA command)", "5.1.1")]
    [InlineData("said: 550 5.1.1 This user doesn't have a yahoo.com account (in reply to end of DATA command)", "5.1.1")]
    [InlineData("said: 550 Sorry, this user does not have an account here (in reply to end of DATA command)", "5.1.1")]
    public void AnalyzeText_NoAccountAfterData_IsUserUnknown(string refusal, string status)
    {
        var paste = $"<jane@yahoo.com>: host mta5.am0.yahoodns.net[67.195.103.233]\n    {refusal}\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(paste).Recipients);

        Assert.Equal(("userunknown", status[0]), (recipient.Reason, recipient.Status![0]));
        Assert.True(recipient.HardBounce);
    }

    // Amazon SES names the unverified identity inside its refusal; that address is the sender, not a second recipient.
    [Fact]
    public void AnalyzeText_AddressInsideTheRecipientsDiagnostic_IsNotAnotherRecipient()
    {
        const string Paste = """
            <bob@example.net>: host email-smtp.us-east-1.amazonaws.com[52.0.0.1] said: 554
                Message rejected: Email address is not verified. The following identities
                failed the check in region US-EAST-1: sender@example.com (in reply to end
                of DATA command)
            """;

        var report = _analyzer.AnalyzeText(Paste);

        var recipient = Assert.Single(report.Recipients);
        Assert.Equal("bob@example.net", recipient.Recipient);
        Assert.Contains("identities failed the check", recipient.Diagnostic, StringComparison.Ordinal);
        Assert.Equal(1, report.TotalRecipients);
    }

    // A list of recipients joined onto one line (Slack) still lists each of them.
    [Fact]
    public void AnalyzeText_RecipientsJoinedOnOneLine_AreAllRecipients()
    {
        const string Paste = "Delivery to the following recipients failed.\n\n       ann@example.co.jp        kim@example.co.jp\n";

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(["ann@example.co.jp", "kim@example.co.jp"], report.Recipients.Select(r => r.Recipient));
    }

    // Exchange appends the last attempt's history in [Message=...]: the recipient's own 4.4.7 is the status.
    [Fact]
    public void AnalyzeText_ExchangeExpiryWithBracketedHistory_KeepsTheNdrsOwnStatus()
    {
        const string Paste = """
            Delivery has failed to these recipients or groups:

            alice@contoso.com
            The recipient's server didn't respond in time and the message expired.

            Diagnostic information for administrators:

            Generating server: BN6PR1101MB2132.namprd11.prod.outlook.com

            alice@contoso.com
            Remote Server returned '550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded with: "421 4.4.2 Connection dropped due to SocketError." Attempted failover to alternate host, but that did not succeed.] [LastAttemptedServerName=mx.contoso.com] [LastAttemptedIP=192.0.2.4:25]'
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("4.4.7", "expired"), (recipient.Status, recipient.Reason));
    }

    // Postfix writes its own DNS findings with no reply code; smtp_addr.c gives X.4.4 for a name that is not found.
    [Fact]
    public void AnalyzeText_PostfixHostNotFound_IsHostUnknownWithItsWords()
    {
        const string Paste = """
            <user@nonexistent.example>: Host or domain name not found. Name
                service error for name=nonexistent.example type=MX: Host not found
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("hostunknown", "5.4.4"), (recipient.Reason, recipient.Status));
        Assert.Equal("Host or domain name not found. Name service error for name=nonexistent.example type=MX: Host not found", recipient.Diagnostic);
    }

    // "Host not found, try again" is the resolver's temporary failure: Postfix gives X.4.3, and the reason stays a network error.
    [Fact]
    public void AnalyzeText_PostfixHostNotFoundTryAgain_IsANetworkErrorWithItsWords()
    {
        const string Paste = "<ademy@randou.example>: Host or domain name not found. Name service error for\n    name=randou.example type=MX: Host not found, try again\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("networkerror", "5.4.3"), (recipient.Reason, recipient.Status));
        Assert.EndsWith("Host not found, try again", recipient.Diagnostic, StringComparison.Ordinal);
    }

    // A remote reply without an enhanced code gets the status the reporting MTA writes for it: X.0.0 (Postfix, Exim,
    // Gmail), Sendmail's smtptodsn mapping when the paste is Sendmail's; the words still give the reason.
    [Theory]
    [InlineData("<kim@example.jp>: host mx.example.jp[192.0.2.1] said: 550 User not found (in reply to RCPT TO\n    command)\n", "5.0.0", "userunknown")]
    [InlineData("<kim@example.jp>: host mx.example.jp[192.0.2.1] said: 452 Too many recipients received this hour (in\n    reply to RCPT TO command)\n", "4.0.0", null)]
    [InlineData("----- The following addresses had permanent fatal errors -----\n<kim@example.jp>\n    (reason: 550 User unknown)\n\n----- Transcript of session follows -----\n... while talking to mx.example.jp.:\n>>> RCPT To:<kim@example.jp>\n<<< 550 User unknown\n550 5.1.1 <kim@example.jp>... User unknown\n", "5.1.1", "userunknown")]
    [InlineData("----- The following addresses had permanent fatal errors -----\n<kim@example.jp>\n    (reason: 552 Requested mail action aborted: exceeded storage allocation)\n\n----- Transcript of session follows -----\n... while talking to mx.example.jp.:\n>>> DATA\n<<< 552 Requested mail action aborted: exceeded storage allocation\n", "5.2.2", "mailboxfull")]
    public void AnalyzeText_ReplyWithoutEnhancedCode_HasTheReportingMtasStatus(string paste, string status, string? reason)
    {
        var recipient = Assert.Single(_analyzer.AnalyzeText(paste).Recipients);

        Assert.Equal(status, recipient.Status);
        Assert.True(reason is null || reason == recipient.Reason, recipient.Reason);
    }

    // Postfix's own connection failure carries no reply: smtp_connect.c reports it as 4.4.1 and retries it.
    [Fact]
    public void AnalyzeText_PostfixConnectFailure_Is441()
    {
        const string Paste = "This is the mail system at host mail.example.org.\n\n<kim@example.jp>: connect to\n    mx.example.jp[192.0.2.79]:25: Connection timed out\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("4.4.1", false), (recipient.Status, recipient.Permanent));
    }

    // A notice copied from a badly decoded message may hold a stray NUL ("LinkId=00000000" read as quoted-printable);
    // one control character does not make a report binary.
    [Fact]
    public void AnalyzeText_ReportWithAStrayNul_IsStillABounce()
    {
        const string Paste = "Delivery has failed to these recipients or groups:\n\nkim@example.com\nsee DSN 5.1.10 Errors<http://go.microsoft.com/fwlink/?LinkId\u000000000>.\n\nkim@example.com\nRemote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.com", "5.1.10", "userunknown"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }

    // Sendmail's notice names the sender on the line after "The original message was received at"; a paste may join them.
    [Theory]
    [InlineData("\n")]
    [InlineData(" ")]
    public void AnalyzeText_SendmailOriginalMessageFromLine_IsNotARecipient(string join)
    {
        var paste = $"The original message was received at Thu, 9 Apr 2015 23:34:45 -0800{join}from ann@sender.example\n\n" +
            "   ----- The following addresses had permanent fatal errors -----\n<kim@example.jp>\n    (reason: 550 5.1.1 User unknown)\n";

        var recipient = Assert.Single(_analyzer.AnalyzeText(paste).Recipients);

        Assert.Equal("kim@example.jp", recipient.Recipient);
    }

    // A part the mail client could not decode shows as replacement characters above the readable DSN fields.
    [Fact]
    public void AnalyzeText_GarbledPartAboveTheReport_ReadsTheReport()
    {
        var garbage = string.Concat(Enumerable.Repeat("\uFFFDM4", 3000));
        var paste = garbage + "\n\nFinal-Recipient: rfc822; kim@example.net\nAction: failed\nStatus: 5.7.1\n"
            + "Diagnostic-Code: smtp; 550 5.7.1 Message content rejected\n";

        var report = _analyzer.AnalyzeText(paste);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(("kim@example.net", "5.7.1"), (report.Recipients[0].Recipient, report.Recipients[0].Status));
    }

    // The visible text of a spam-firewall notice without the mail client's headers: its words are all that say it failed.
    [Fact]
    public void AnalyzeText_NoticeSayingHasNotBeenDelivered_IsABounceForTheNamedRecipient()
    {
        const string Paste = """
            Your message to: kim@example.org
            was blocked by our Spam Firewall. The email you sent with the following subject has NOT BEEN DELIVERED:

            Subject: Hello
            """;

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal("kim@example.org", Assert.Single(report.Recipients).Recipient);
    }

    // Google Groups' refusal in the poster's language, pasted without its headers: no code, and the only address
    // shown is the poster's own, in the greeting.
    [Fact]
    public void AnalyzeText_GoogleGroupsNoticeWithoutHeaders_IsARejectionWithoutRecipient()
    {
        const string Paste = """
            Hola, ana@example.com:

            Puede que el grupo (equipo) no exista o que no tengas permiso para publicar en él.

            Si tienes dudas, visita https://groups.google.com/support/.

            Google Groups
            """;

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        var finding = Assert.Single(report.Recipients);
        Assert.Equal<(string?, string, char?)>((null, "rejected", '5'), (finding.Recipient, finding.Reason, finding.Status?[0]));
    }

    [Fact]
    public void AnalyzeText_GoogleGroupsPostFooter_IsNotABounce()
    {
        const string Paste = """
            See you all on Monday.

            You received this message because you are subscribed to the Google Groups "team" group.
            To unsubscribe from this group, visit https://groups.google.com/d/optout.
            """;

        Assert.Equal(ExplanationKind.NotBounce, _analyzer.AnalyzeText(Paste).Kind);
    }

    // Postfix's wrapped reply pasted without the indentation of its continuation line.
    [Fact]
    public void AnalyzeText_PostfixReplyContinuedWithoutIndent_KeepsTheReplysWords()
    {
        const string Paste = """
            <kim@example.jp>: host mx.example.jp[192.0.2.22] said: 550 5.2.1
            <kim@example.jp>... User Unknown (in reply to RCPT TO command)
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.jp", "5.2.1", "userunknown"), (recipient.Recipient, recipient.Status, recipient.Reason));
        Assert.Contains("User Unknown", recipient.Diagnostic, StringComparison.Ordinal);
    }

    // Microsoft's JMRP complaint pasted from a web mail view: the header naming the complainer is below the
    // attachment line, where a returned message would be cut off.
    [Fact]
    public void AnalyzeText_JmrpComplaintBelowTheAttachmentLine_IsFeedbackForTheComplainer()
    {
        const string Paste = """
            got this back, any idea?
            --boundary-1
            Content-Type: message/rfc822
            Content-Disposition: inline

            X-HmXmrOriginalRecipient: kim@example.com
            From: Shop <news@example.org>
            To: kim@example.com
            Subject: Offers

            Hello
            """;

        var report = _analyzer.AnalyzeText(Paste);

        Assert.Equal(ExplanationKind.Feedback, report.Kind);
        Assert.Equal("kim@example.com", Assert.Single(report.Recipients).Recipient);
    }

    // RFC 5965's example wording with the operator's name before "Abuse Report".
    [Fact]
    public void AnalyzeText_NamedAbuseReportForAnEmailMessage_IsFeedback()
    {
        const string Paste = "This is an Example Hosting Abuse Report for an email message received from domain example.com, IP 192.0.2.1.";

        Assert.Equal(ExplanationKind.Feedback, _analyzer.AnalyzeText(Paste).Kind);
    }

    // An out-of-office reply pasted without its headers or subject: only the note its writer left.
    [Fact]
    public void AnalyzeText_OutOfOfficeNoteWithoutHeaders_IsAnAutoReply()
    {
        var report = _analyzer.AnalyzeText("I am away on vacation until June 3 and will answer when I am back. Thanks, Kim");

        Assert.Equal(ExplanationKind.AutoReply, report.Kind);
        Assert.Equal("vacation", Assert.Single(report.Recipients).Reason);
    }

    [Fact]
    public void AnalyzeText_BounceThatMentionsAnOutOfOfficeNote_StaysABounce()
    {
        const string Paste = """
            <kim@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)

            Original text: I will be out of the office on Friday.
            """;

        Assert.Equal(ExplanationKind.Bounce, _analyzer.AnalyzeText(Paste).Kind);
    }

    // Courier's notice announces the original as a separate attachment; a view of all parts shows the DSN fields after it.
    [Fact]
    public void AnalyzeText_DsnFieldsAfterAnAttachmentAnnouncement_AreRead()
    {
        const string Paste = """
            This is a delivery status notification from mx.example.org.

            Your message to the following recipients cannot be delivered:

            <kim@example.cat>:
            <<< No such domain.

            The original message follows as a separate attachment.

            Reporting-MTA: dns; mx.example.org

            Final-Recipient: rfc822; kim@example.cat
            Action: failed
            Status: 5.0.0
            Diagnostic-Code: unknown; No such domain.
            """;

        var recipient = Assert.Single(_analyzer.AnalyzeText(Paste).Recipients);

        Assert.Equal(("kim@example.cat", "5.0.0"), (recipient.Recipient, recipient.Status));
    }
}
