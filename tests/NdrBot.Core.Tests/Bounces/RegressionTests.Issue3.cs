using NdrBot.Core.Bounces;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Bounces;

/// <summary>Samples the issue 3 accuracy pass fixed, each kept as a named test (issue 3).</summary>
public sealed class RegressionTestsIssue3
{
    private readonly BounceAnalyzer _analyzer = new(TestCatalogue.Create());

    private BounceReport Sample(string name) =>
        _analyzer.Analyze(File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", name)));

    // This tests rfc3464-42.eml and lhost-zoho-03.eml: an unknown-user phrase with no SMTP command shown and no X.1.x
    // code; rule: Sisimai reads it as a filter's refusal, not a directory answer.
    [Theory]
    [InlineData("rfc3464-42.eml")]
    [InlineData("lhost-zoho-03.eml")]
    public void Analyze_UserUnknownWithoutRcptCommand_IsFiltered(string sample)
    {
        var recipient = Assert.Single(Sample(sample).Recipients);

        Assert.Equal(("filtered", false), (recipient.Reason, recipient.HardBounce));
    }

    // This tests lhost-x2-01.eml and lhost-x2-02.eml: Yahoo's own notice "This user doesn't have a example.com account"
    // says no such account exists (Yahoo Help SLN3444), which no SMTP command changes (the labels say filtered:
    // DisputedLabels).
    [Theory]
    [InlineData("lhost-x2-01.eml", 0)]
    [InlineData("lhost-x2-02.eml", 0)]
    [InlineData("lhost-x2-02.eml", 2)]
    public void Analyze_YahooNoAccountNotice_IsUserUnknown(string sample, int index)
    {
        var recipient = Sample(sample).Recipients[index];

        Assert.Equal(("userunknown", true), (recipient.Reason, recipient.HardBounce));
    }

    // This tests lhost-postfix-46.eml: "(in reply to RCPT\n    TO command)" wrapped by Postfix was not seen as RCPT,
    // so the bare "Recipient address rejected." lost its userunknown reading.
    [Fact]
    public void Analyze_PostfixWrappedInReplyToRcpt_IsUserUnknown()
    {
        Assert.Equal("userunknown", Assert.Single(Sample("lhost-postfix-46.eml").Recipients).Reason);
    }

    // This tests lhost-exchange2003-01.eml and lhost-notes-03.eml: directory lookups (Exchange's "The recipient name
    // is not recognized", Notes' "not listed in public Name & Address Book") stay userunknown without a command.
    [Theory]
    [InlineData("lhost-exchange2003-01.eml")]
    [InlineData("lhost-notes-03.eml")]
    public void Analyze_DirectoryLookupFailure_IsUserUnknown(string sample)
    {
        Assert.Equal("userunknown", Assert.Single(Sample(sample).Recipients).Reason);
    }

    // This tests lhost-powermta-02.eml: PowerMTA's own "X-PowerMTA-BounceCategory: bad-mailbox" DSN field.
    [Fact]
    public void Analyze_PowerMtaBounceCategory_GivesTheReason()
    {
        Assert.Equal("userunknown", Assert.Single(Sample("lhost-powermta-02.eml").Recipients).Reason);
    }

    // This tests rfc3464-58.eml and lhost-yahoo-06.eml: au (KDDI) names the address when the mailbox is missing and
    // leaves it out ("550 : User unknown") when the recipient's filter refused.
    [Theory]
    [InlineData("rfc3464-58.eml", "userunknown")]
    [InlineData("lhost-yahoo-06.eml", "filtered")]
    public void Analyze_KddiUserUnknown_TellsMissingMailboxFromFilter(string sample, string reason)
    {
        Assert.Equal(reason, Assert.Single(Sample(sample).Recipients).Reason);
    }

    // This tests rhost-nttdocomo-03.eml: docomo's "550 Unknown user" not at RCPT is its reception filter refusing.
    [Fact]
    public void Analyze_DocomoUnknownUserAfterData_IsRejected()
    {
        Assert.Equal("rejected", Assert.Single(Sample("rhost-nttdocomo-03.eml").Recipients).Reason);
    }

    // This tests lhost-trendmicro-03.eml: InterScan only says "Unable to deliver message to <x>" and attaches the
    // downstream Sendmail bounce, which holds the real answer (550 5.1.1 Invalid recipient).
    [Fact]
    public void Analyze_GatewayWrappingDownstreamBounce_ReadsTheWrappedBounce()
    {
        var recipient = Assert.Single(Sample("lhost-trendmicro-03.eml").Recipients);

        Assert.Equal(("kijitora@example.jp", "5.1.1", "userunknown"), (recipient.Recipient, recipient.Status, recipient.Reason));
    }

    // This tests rfc3464-28.eml: an mbox file with two reports; the second message's recipient was never read.
    [Fact]
    public void Analyze_MboxWithTwoMessages_ReadsBoth()
    {
        var report = Sample("rfc3464-28.eml");

        Assert.Equal(["kijitora@neko.example.jp", "info@neko.example.jp"], report.Recipients.Select(r => r.Recipient));
        Assert.All(report.Recipients, r => Assert.Equal("delivered", r.Reason));
    }

    // This tests lhost-verizon-01.eml: Verizon's MMS gateway names the failed number only in the quoted original's To:.
    [Fact]
    public void Analyze_VerizonMmsGateway_FindsQuotedRecipient()
    {
        var report = Sample("lhost-verizon-01.eml");

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        var recipient = Assert.Single(report.Recipients);
        Assert.Equal(("0000000000@vzwpix.com", "userunknown"), (recipient.Recipient, recipient.Reason));
    }

    // This tests lhost-fml-02.eml: fml's "You are not a member of this mailing list" was not taken for a report.
    [Fact]
    public void Analyze_MailingListNonMember_IsRejected()
    {
        var report = Sample("lhost-fml-02.eml");

        Assert.Equal(ExplanationKind.Bounce, report.Kind);
        Assert.Equal(("neko-nyaan@example.org", "rejected"), (report.Recipients[0].Recipient, report.Recipients[0].Reason));
    }

    // This tests lhost-x3-05.eml and lhost-domino-02.eml: with no words from any server the reason is "undefined";
    // words nobody could classify are "onhold".
    [Theory]
    [InlineData("lhost-x3-05.eml", "undefined")]
    [InlineData("lhost-domino-02.eml", "onhold")]
    public void Analyze_NothingClassifiable_UndefinedOrOnHold(string sample, string reason)
    {
        Assert.Equal(reason, Assert.Single(Sample(sample).Recipients).Reason);
    }

    // This tests lhost-gmail-03.eml: Gmail's "(state 18)" refusal at the end of DATA is filtered.
    [Fact]
    public void Analyze_GmailState18_IsFiltered()
    {
        Assert.Equal("filtered", Assert.Single(Sample("lhost-gmail-03.eml").Recipients).Reason);
    }

    // This tests lhost-zoho-04.eml: Zoho's final "Host not reachable" report after retries is expired.
    [Fact]
    public void Analyze_ZohoHostNotReachable_IsExpired()
    {
        Assert.Equal("expired", Assert.Single(Sample("lhost-zoho-04.eml").Recipients).Reason);
    }

    // This tests lhost-mimecast-01.eml: Exchange Online's "5.4.1 Recipient address rejected: Access denied" (the
    // address is not in the tenant's directory) stays userunknown though the report shows no SMTP command.
    [Fact]
    public void Analyze_ExchangeOnlineDirectoryBlocking_IsUserUnknown()
    {
        Assert.Equal("userunknown", Assert.Single(Sample("lhost-mimecast-01.eml").Recipients).Reason);
    }
}
