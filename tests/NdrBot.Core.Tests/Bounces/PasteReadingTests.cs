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
}
