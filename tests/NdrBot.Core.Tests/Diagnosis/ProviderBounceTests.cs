using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Tests.Diagnosis;

/// <summary>
/// Issue 17: a bounce line from each provider, written from the wording that provider documents (addresses, hosts
/// and IPs are ours), picks that provider's entry in the shipped catalogue and not the generic fallback, both asked
/// about on its own and inside a Postfix bounce.
/// </summary>
public sealed class ProviderBounceTests
{
    private static readonly Explainer Explainer = new();

    public static TheoryData<string, Vendor, string, string> Lines() => new()
    {
        { "421 4.7.0 [TSS04] Messages from 198.51.100.23 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1", Vendor.Yahoo, "tss04", "4.7.0" },
        { "553 5.7.2 [TSS09] All messages from 198.51.100.23 will be permanently deferred; Retrying will NOT succeed.", Vendor.Yahoo, "tss09", "5.7.2" },
        { "553 5.7.1 [BL21] Connections not accepted from IP addresses on Spamhaus PBL", Vendor.Yahoo, "bl21", "5.7.1" },
        { "553 5.7.1 [BL23] Connections not accepted from IP addresses on Spamhaus XBL", Vendor.Yahoo, "bl23", "5.7.1" },
        { "554 Message not allowed - [PH01] Email not accepted for policy reasons.", Vendor.Yahoo, "ph01", "5.7.1" },
        { "554 5.7.9 Message not accepted for policy reasons. See the Yahoo error codes page.", Vendor.Yahoo, "authentication", "5.7.9" },
        { "554 delivery error: dd This user doesn't have a yahoo.com account (pat@yahoo.com) [0] - mta1001.mail.gq1.yahoo.com", Vendor.Yahoo, "no-account", "5.1.1" },
        { "550 5.7.1 Unfortunately, messages from [198.51.100.4] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).", Vendor.OutlookCom, "network-blocklist", "5.7.1" },
        { "421 RP-001 (BY1-MC4) Unfortunately, some messages from 198.51.100.4 weren't sent. Please try again.", Vendor.OutlookCom, "rate-limited", "4.7.0" },
        { "550 SC-004 (BY1-MC4) Unfortunately, messages from 198.51.100.4 weren't sent.", Vendor.OutlookCom, "sc-004", "5.7.1" },
        { "550 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322", Vendor.AppleIcloud, "hm08", "5.7.1" },
        { "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/102322", Vendor.AppleIcloud, "cs01", "5.7.1" },
        { "554 Message rejected: Email address is not verified. The following identities failed the check in region EU-WEST-1: app@example.org", Vendor.AmazonSes, "unverified-identity", "5.7.1" },
        { "454 Throttling failure: Maximum sending rate exceeded.", Vendor.AmazonSes, "max-rate", "4.7.0" },
        { "454 Throttling failure: Daily message quota exceeded.", Vendor.AmazonSes, "daily-quota", "4.7.0" },
        { "554 Message rejected: Sending paused for this account. See the AWS account's email.", Vendor.AmazonSes, "sending-paused", "5.7.1" },
        { "550 5.7.30 Basic authentication is not supported for Client Submission.", Vendor.ExchangeOnline, "", "5.7.30" },
        { "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.", Vendor.ExchangeOnline, "smtp-auth-disabled", "5.7.139" },
        { "535 5.7.3 Authentication unsuccessful [DM6PR01CA0001.namprd01.prod.outlook.com]", Vendor.ExchangeOnline, "", "5.7.3" },
        { "550 5.4.316 Message expired, connection refused(Socket error code 10061)", Vendor.ExchangeOnline, "", "5.4.316" },
        { "550 5.4.310 DNS domain shop.example does not exist [Message=InfoDomainNonexistent]", Vendor.ExchangeOnline, "", "5.4.310" },
        { "550 5.7.129 RESOLVER.RST.RestrictedToRecipientsPermission; not authorized to send to this recipient", Vendor.ExchangeOnline, "", "5.7.129" },
        { "550 5.7.40 Your message was blocked because the sending domain doesn't have a DMARC record.", Vendor.Gmail, "", "5.7.40" },
        { "550 The from address does not match a verified Sender Identity. Mail cannot be sent until this error is resolved.", Vendor.Sendgrid, "sender-identity", "5.7.1" },
        { "550 Envelope blocked - User Entry - see the Mimecast error codes page", Vendor.Mimecast, "user-block", "5.7.1" },
        { "451 Internal resource temporarily unavailable - see the Mimecast error codes page", Vendor.Mimecast, "greylisting", "4.7.1" },
        { "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=198.51.100.8", Vendor.Proofpoint, "ip-reputation", "5.7.0" },
        { "554 Service unavailable; Client host [198.51.100.9] blocked using Barracuda Reputation; https://www.barracudacentral.org/lookups", Vendor.Barracuda, "brbl", "5.7.1" },
        { "554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.", Vendor.Zoho, "spam", "5.7.1" },
    };

    [Theory]
    [MemberData(nameof(Lines))]
    public void Explain_ProviderLineAskedAlone_PicksTheProvidersEntry(string line, Vendor vendor, string variant, string code)
    {
        var entry = Assert.Single(Explainer.Explain(line).Findings).Lookup.Entry;

        Assert.Equal((vendor, variant, code), (entry.Vendor, entry.Variant, entry.Code));
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void Explain_ProviderLineInAPostfixBounce_PicksTheProvidersEntry(string line, Vendor vendor, string variant, string code)
    {
        var bounce = "This is the mail system at host relay.example.org.\n\nI'm sorry to have to inform you that your message could not\n"
            + "be delivered to one or more recipients.\n\n<pat@dest.example>: host mx.dest.example[198.51.100.20] said: " + line
            + " (in reply to RCPT TO command)\n";

        var explanation = Explainer.Explain(bounce);

        // Note: the paste reader can take an address inside the server's words (SES names the unverified identity)
        // for a second recipient; the provider's entry must answer the finding that carries those words.
        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        Assert.Contains(explanation.Findings, f => (f.Lookup.Entry.Vendor, f.Lookup.Entry.Variant, f.Lookup.Entry.Code) == (vendor, variant, code));
    }

    [Theory]
    [InlineData("TSS04", Vendor.Yahoo, "tss04")]
    [InlineData("what does [BL21] mean?", Vendor.Yahoo, "bl21")]
    [InlineData("@ndrbot cs01", Vendor.AppleIcloud, "cs01")]
    [InlineData("S3150", Vendor.OutlookCom, "network-blocklist")]
    [InlineData("RP-002", Vendor.OutlookCom, "rate-limited")]
    public void Explain_ProviderCodeAskedDirectly_AnswersWithItsEntry(string question, Vendor vendor, string variant)
    {
        var finding = Assert.Single(Explainer.Explain(question).Findings);

        Assert.Equal((vendor, variant), (finding.Lookup.Entry.Vendor, finding.Lookup.Entry.Variant));
        Assert.Equal(finding.Lookup.Entry.Code, finding.Status);
    }

    [Fact]
    public void Explain_BlocklistedIpWithBareReplyCode_IsNotUnknownUser()
    {
        var finding = Assert.Single(Explainer.Explain("550 Rejected: your IP is listed on a blocklist").Findings);

        Assert.NotEqual("userunknown", finding.Reason);
        Assert.Equal("blocked", finding.Reason);
        Assert.Equal(("5.7.1", "blocklist"), (finding.Lookup.Entry.Code, finding.Lookup.Entry.Variant));
    }

    [Fact]
    public void Explain_BlocklistedIpInABounce_IsNotUnknownUser()
    {
        const string Bounce = "This is the mail system at host relay.example.org.\n\nI'm sorry to have to inform you that your message could not\n"
            + "be delivered to one or more recipients.\n\n<pat@dest.example>: host mx.dest.example[198.51.100.20] said: "
            + "550 Rejected: your IP is listed on a blocklist (in reply to RCPT TO command)\n";

        var finding = Assert.Single(Explainer.Explain(Bounce).Findings);

        Assert.NotEqual("userunknown", finding.Reason);
        Assert.NotEqual("userunknown", finding.Lookup.Entry.Reason);
    }

    [Fact]
    public void Explain_BareReplyCode_SaysNoReason()
    {
        var finding = Assert.Single(Explainer.Explain("550").Findings);

        Assert.Null(finding.Reason);
        Assert.Contains("words", finding.Lookup.Entry.Title, StringComparison.Ordinal);
    }
}
