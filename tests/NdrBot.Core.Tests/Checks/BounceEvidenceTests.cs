using NdrBot.Core.Checks;
using NdrBot.Core.Checks.Evidence;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Core.Tests.Checks;

/// <summary>The sending IP and sender domain read from bounces: the client's address, never the remote server's.</summary>
public sealed class BounceEvidenceTests
{
    private static CheckEvidence FromText(string text) => BounceEvidence.Extract(new Explainer().Explain(text), text);

    private static CheckEvidence FromSample(string name)
    {
        var bytes = File.ReadAllBytes(TestData.PathOf("bounces", "maildir", "bsd", name));
        return BounceEvidence.Extract(new Explainer().Explain(bytes), System.Text.Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public void Extract_BannedSendingIp_TakesTheBracketedAddress()
    {
        var evidence = FromText(Bounces.Banned("45.33.10.20"));

        Assert.Equal("45.33.10.20", evidence.SendingIp);
        Assert.Equal("the remote server's words", evidence.SendingIpSource);
    }

    [Fact]
    public void Extract_PostfixHostSaid_SkipsTheRemoteServerAndNamesTheSender()
    {
        var evidence = FromText(Bounces.Dmarc("contoso.test", "203.0.113.5"));

        Assert.Equal("203.0.113.5", evidence.SendingIp);
        Assert.Equal("contoso.test", evidence.SenderDomain);
    }

    [Fact]
    public void Extract_GmailBracketedClient_TakesItNotTheMxAddress()
    {
        // Note: lhost-postfix-58: "host gmail-smtp-in.l.google.com[64.233.188.26] said: 550-5.7.1 [192.0.2.22 18] ...".
        var evidence = FromSample("lhost-postfix-58.eml");

        Assert.Equal("192.0.2.22", evidence.SendingIp);
        Assert.Equal("example.jp", evidence.SenderDomain);
        Assert.Equal("X-Postfix-Sender", evidence.SenderDomainSource);
    }

    [Fact]
    public void Extract_GmailDmarcRejection_TakesTheDomainTheReplyNames()
    {
        // Note: lhost-qmail-20: the finding's diagnostic is Gmail's whole multi-line reply, "550-5.7.26 Unauthenticated
        // email from example.jp is not accepted due to domain's DMARC policy ... 550 5.7.26 https://support.google.com/
        // mail/?p=DmarcRejection ... - gsmtp", so the domain the DMARC check is about comes from the remote's words
        // (before, only the reply's last line was kept and the returned message's From, email.example.jp, was used).
        var evidence = FromSample("lhost-qmail-20.eml");

        Assert.Equal("example.jp", evidence.SenderDomain);
        Assert.Equal("the remote server's words", evidence.SenderDomainSource);
    }

    /// <summary>
    /// Gmail's 2024 wording through Postfix: the multi-line reply is wrapped under its recipient line, and read whole
    /// (not only its last line, "550 5.7.26 https://…"), so the IP and domain ("SPF [contoso.test] with ip:" /
    /// "[198.51.100.77]") are the remote server's words.
    /// </summary>
    [Fact]
    public void Extract_GmailUnauthenticatedWrappedOverLines_ReadsTheIpAndDomainAcrossTheWrap()
    {
        var evidence = FromText(NdrBot.Tests.Shared.Dns.CheckPastes.Read(NdrBot.Tests.Shared.Dns.CheckPastes.Unauthenticated));

        Assert.Equal(("198.51.100.77", "the remote server's words"), (evidence.SendingIp, evidence.SendingIpSource));
        Assert.Equal(("contoso.test", "the remote server's words"), (evidence.SenderDomain, evidence.SenderDomainSource));
    }

    [Fact]
    public void Extract_OnlyReceivedHeaders_TakesThePublicAddressOfTheReturnedMessage()
    {
        const string text = "From: MAILER-DAEMON@mail.contoso.test\nTo: jane@contoso.test\nSubject: Undelivered Mail\n\n"
            + "<bob@fabrikam.example>: 550 5.7.1 Message rejected as spam\n\n"
            + "Received: from laptop (unknown [10.0.0.7])\n\tby mail.contoso.test; Mon, 1 Jan 2024 10:00:00 +0000\n"
            + "Received: from relay.contoso.test (relay.contoso.test [45.33.10.99])\n\tby edge.contoso.test\n"
            + "From: Jane <jane@contoso.test>\nDKIM-Signature: v=1; a=rsa-sha256; d=contoso.test;\n s=sel1; h=from:to; bh=x; b=y\n";

        var evidence = FromText(text);

        Assert.Equal("45.33.10.99", evidence.SendingIp);
        Assert.Equal("a Received header of the returned message", evidence.SendingIpSource);
        Assert.Equal("contoso.test", evidence.SenderDomain);
        Assert.Equal(("contoso.test", "sel1"), (evidence.DkimDomain, evidence.DkimSelector));
    }

    [Fact]
    public void Extract_OuterToOnly_IsTheOriginalSender()
    {
        const string text = "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>\nTo: jane@contoso.test\nSubject: Undelivered\n\n"
            + "<bob@fabrikam.example>: 550 5.7.23 SPF validation failed\n";

        var evidence = FromText(text);

        Assert.Equal("contoso.test", evidence.SenderDomain);
        Assert.Equal("the bounce's To (the original sender)", evidence.SenderDomainSource);
    }

    [Fact]
    public void Extract_NothingSaid_LeavesBothEmpty()
    {
        var evidence = FromText("550 5.1.1 user unknown");

        Assert.Null(evidence.SendingIp);
        Assert.Null(evidence.SenderDomain);
    }

    [Theory]
    [InlineData("version v5.4.6.1 here", null)]
    [InlineData("run 1.2.3.4.5 twice", null)]
    [InlineData("at 10:32:15 today", null)]
    [InlineData("client [IPv6:2001:db8::1] refused", "2001:db8::1")]
    [InlineData("listed: 45.33.10.20.", "45.33.10.20")]
    [InlineData("999.1.1.1 is not one", null)]
    public void IpScanner_FindsOnlyRealAddresses(string text, string? expected)
    {
        var found = IpScanner.Scan(text);

        Assert.Equal(expected, found.FirstOrDefault()?.Address.ToString());
    }

    [Theory]
    [InlineData("id 12::2001:db8::5 today", "2001:db8::5")]
    [InlineData("run 1:2:3:4:5:6:7:8:9 once", "2:3:4:5:6:7:8:9")]
    public void IpScanner_ShortPrefixesBeforeAnAddress_AreDropped(string text, string expected) =>
        Assert.Equal(expected, IpScanner.Scan(text).FirstOrDefault()?.Address.ToString());

    [Fact]
    public void Extract_PasteOfOneLongColonRun_FindsNoAddressAndReturns()
    {
        // Note: each short "1:" prefix used to be dropped by a recursive call over the rest of the run: a 200 KB paste
        // (under the chat body limit) overflowed the stack and took the process down.
        var text = "550 5.7.26 SPF failed, sending ip: " + string.Concat(Enumerable.Repeat("1:", 100_000)) + "12345";

        var evidence = FromText(text);

        Assert.Null(evidence.SendingIp);
        Assert.Empty(IpScanner.Scan(text));
    }

    [Fact]
    public void IpScanner_ThousandsOfAddresses_StopsAtItsBound()
    {
        var text = string.Join(' ', Enumerable.Range(0, 5000).Select(i => $"45.33.{i / 250}.{i % 250}"));

        Assert.Equal(IpScanner.MaxMentions, IpScanner.Scan(text).Count);
    }
}
