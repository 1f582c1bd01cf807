using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>Issue 19's three pastes (the ones the e2e web chat test pastes) read as bounces and checked against the test zones.</summary>
public sealed class CheckPastesTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<(Explanation Explanation, CheckReport Report)> CheckAsync(string name)
    {
        var text = CheckPastes.Read(name);
        var explanation = new Explainer().Explain(text);
        return (explanation, await dns.Checks().CheckAsync(explanation, text));
    }

    [Fact]
    public async Task BannedIp_ExchangeOnline_TheSendingIpIsListed()
    {
        var (explanation, report) = await CheckAsync(CheckPastes.BannedIp);

        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        Assert.Equal(("5.7.606", "megan.bowen@fabrikam.test"), (explanation.Findings[0].Status, explanation.Findings[0].Recipient));
        var check = Assert.Single(report.Distinct());
        Assert.Equal((CheckKind.Blocklist, CheckVerdict.Listed, CheckZones.ListedIp + " on bl.test"), (check.Kind, check.Verdict, check.Subject));
    }

    [Fact]
    public async Task Unauthenticated_Gmail_SpfFailsForTheSendingIpAndDmarcRejects()
    {
        var (explanation, report) = await CheckAsync(CheckPastes.Unauthenticated);

        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        Assert.Equal(("5.7.26", "pat.lee@gmail.com"), (explanation.Findings[0].Status, explanation.Findings[0].Recipient));
        Assert.Equal(("198.51.100.77", "contoso.test"), (report.Evidence.SendingIp, report.Evidence.SenderDomain));
        Assert.Equal(
            [(CheckKind.Spf, CheckVerdict.Fail), (CheckKind.Dmarc, CheckVerdict.Reject)],
            report.Distinct().Select(c => (c.Kind, c.Verdict)));
    }

    [Fact]
    public async Task DomainNotFound_Sendmail_NoSuchDomainAndNoMailServers()
    {
        var (explanation, report) = await CheckAsync(CheckPastes.DomainNotFound);

        Assert.Equal(ExplanationKind.Bounce, explanation.Kind);
        Assert.Equal(["bob@missing.test", "ann@empty.test"], explanation.Findings.Select(f => f.Recipient));
        Assert.All(explanation.Findings, f => Assert.Equal("5.1.2", f.Status));
        Assert.Equal(
            [("missing.test", CheckVerdict.NxDomain), ("empty.test", CheckVerdict.NoData)],
            report.Distinct().Select(c => (c.Subject, c.Verdict)));
    }
}
