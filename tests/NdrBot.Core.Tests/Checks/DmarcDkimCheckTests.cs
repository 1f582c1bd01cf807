using NdrBot.Core.Checks;

namespace NdrBot.Core.Tests.Checks;

/// <summary>DMARC policies (RFC 7489) and DKIM keys (RFC 6376) read from the test DNS server.</summary>
public sealed class DmarcDkimCheckTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<CheckResult> Check(string domain, CheckKind kind, string? selector = null) =>
        Assert.Single(await dns.Checks().CheckTargetAsync(domain, selector: selector), r => r.Kind == kind);

    [Fact]
    public async Task Dmarc_PReject_IsRejectWithTheRecordAndAlignmentStep()
    {
        var result = await Check("contoso.test", CheckKind.Dmarc);

        Assert.Equal(CheckVerdict.Reject, result.Verdict);
        Assert.Equal("v=DMARC1; p=reject; adkim=s; rua=mailto:dmarc@contoso.test", result.Record);
        Assert.Contains("strict DKIM", result.Detail, StringComparison.Ordinal);
        Assert.Contains("reject mail that fails DMARC", result.Step, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quarantine.test", CheckVerdict.Quarantine, "50%")]
    [InlineData("monitor.test", CheckVerdict.Monitor, "p=none")]
    [InlineData("sub.inherit.test", CheckVerdict.Reject, "inherited from the parent domain")]
    public async Task Dmarc_Policy_GivesItsVerdict(string domain, CheckVerdict verdict, string detail)
    {
        var result = await Check(domain, CheckKind.Dmarc);

        Assert.Equal(verdict, result.Verdict);
        Assert.Contains(detail, result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dmarc_NoRecord_IsMissingWithAPublishStep()
    {
        var result = await Check("nospf.test", CheckKind.Dmarc);

        Assert.Equal(CheckVerdict.Missing, result.Verdict);
        Assert.Contains("Publish one DMARC record", result.Step, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sel1", CheckVerdict.Found, "the key is published")]
    [InlineData("old", CheckVerdict.Missing, "revoked")]
    [InlineData("nosuch", CheckVerdict.Missing, "no DKIM key at nosuch._domainkey.contoso.test")]
    public async Task Dkim_Selector_IsLookedUpUnderDomainKey(string selector, CheckVerdict verdict, string detail)
    {
        var result = await Check("contoso.test", CheckKind.Dkim, selector);

        Assert.Equal(verdict, result.Verdict);
        Assert.Contains(detail, result.Detail, StringComparison.Ordinal);
        Assert.Equal($"{selector}._domainkey.contoso.test", result.Subject);
    }

    [Fact]
    public async Task Dkim_BadSelector_CouldNotCheck()
    {
        var result = await Check("contoso.test", CheckKind.Dkim, "bad selector!");

        Assert.Equal(CheckVerdict.CouldNotCheck, result.Verdict);
    }
}
