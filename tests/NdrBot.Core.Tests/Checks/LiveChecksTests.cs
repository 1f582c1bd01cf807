using System.Text.Json;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>From a pasted bounce to the checks its findings need, per finding, against the test DNS server.</summary>
public sealed class LiveChecksTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<(Explanation Explanation, CheckReport Report)> Run(string text, DnsCheckSettings? settings = null)
    {
        var explanation = new Explainer().Explain(text);
        var report = await new LiveChecks(settings ?? dns.Settings, TimeProvider.System).CheckAsync(explanation, text);
        return (explanation, report);
    }

    [Fact]
    public async Task Check_DmarcBounce_EvaluatesSpfForTheSendingIpAndReadsDmarc()
    {
        var (_, report) = await Run(Bounces.Dmarc("contoso.test", "203.0.113.5"));

        var checks = report.For(0);
        Assert.Equal([CheckKind.Spf, CheckKind.Dmarc], checks.Select(c => c.Kind));
        Assert.Equal(CheckVerdict.Fail, checks[0].Verdict);
        Assert.Equal("contoso.test for 203.0.113.5", checks[0].Subject);
        Assert.Equal(CheckVerdict.Reject, checks[1].Verdict);
        Assert.Equal("203.0.113.5", report.Evidence.SendingIp);
        Assert.True(report.Complete);
    }

    [Fact]
    public async Task Check_HostUnknownBounce_ChecksEachRecipientDomainsMx()
    {
        var (_, report) = await Run(Bounces.HostUnknown("jane@nullmx.test", "joe@missing.test", "ann@aonly.test"));

        Assert.Equal([CheckVerdict.NullMx, CheckVerdict.NxDomain, CheckVerdict.Missing], report.Findings.Select(f => Assert.Single(f.Checks).Verdict));
        Assert.Equal([0, 1, 2], report.Findings.Select(f => f.Finding));
    }

    [Fact]
    public async Task Check_BannedSendingIp_LooksItUpOnTheBlocklists()
    {
        var (_, report) = await Run(Bounces.Banned(CheckZones.ListedIp));

        var listed = Assert.Single(report.For(0));
        Assert.Equal(CheckVerdict.Listed, listed.Verdict);
        Assert.Equal("a known spam source", listed.Detail);
    }

    [Fact]
    public async Task Check_BannedDocumentationIp_IsNeverSentToABlocklist()
    {
        var before = dns.Server.Queries.Count(q => q.Name.EndsWith("bl.test", StringComparison.Ordinal));

        var (_, report) = await Run(Bounces.Banned("203.0.113.9"));

        var check = Assert.Single(report.For(0));
        Assert.Equal(CheckVerdict.CouldNotCheck, check.Verdict);
        Assert.Contains("documentation address", check.Detail, StringComparison.Ordinal);
        Assert.Equal(before, dns.Server.Queries.Count(q => q.Name.EndsWith("bl.test", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Check_SameCheckForManyFindings_IsMadeOnceAndSharedByEach()
    {
        var server = TestDnsServer.Start(CheckZones.Build());
        using (server)
        {
            var (_, report) = await Run(Bounces.HostUnknown("a@nullmx.test", "b@nullmx.test", "c@nullmx.test"), DnsServerFixture.For(server));

            Assert.Equal(3, report.Findings.Count);
            Assert.Single(report.Distinct());
            Assert.Equal(1, server.Count("nullmx.test"));
        }
    }

    [Fact]
    public async Task Check_BounceNamingAThousandDomains_MakesOnlyTheAllowedNumber()
    {
        var recipients = Enumerable.Range(0, 1000).Select(i => $"user{i}@d{i}.missing.test").ToArray();
        var settings = dns.Settings with { MaxChecks = 5 };

        var (explanation, report) = await Run(Bounces.HostUnknown(recipients), settings);

        Assert.True(explanation.Findings.Count > 5);
        Assert.Equal(5, report.Distinct().Count);
        Assert.False(report.Complete);
        Assert.Contains(report.Notices, n => n.StartsWith("Only the first 5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_MalformedRecipientDomain_CouldNotCheck()
    {
        var (_, report) = await Run(Bounces.HostUnknown("jane@bad..domain.test"));

        Assert.All(report.Distinct(), c => Assert.Equal(CheckVerdict.CouldNotCheck, c.Verdict));
    }

    [Fact]
    public async Task Check_AuthFailureWithoutSender_SaysWhatIsMissing()
    {
        var (_, report) = await Run("The remote server returned: 550 5.7.23 The message was rejected because of Sender Policy Framework violation");

        var check = Assert.Single(report.Distinct());
        Assert.Equal(CheckVerdict.CouldNotCheck, check.Verdict);
        Assert.Contains("sender's domain", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_CodeQuestionWithoutNames_MakesNoChecks()
    {
        var (_, report) = await Run("what is 5.7.26?");

        Assert.Empty(report.Findings);
    }

    [Theory]
    [InlineData("550 5.1.1 <jane@contoso.test>: user unknown", false)]
    [InlineData("what is 5.4.6?", false)]
    [InlineData("550 5.7.26 unauthenticated email from contoso.test", true)]
    public void WouldCheck_SaysWhetherAnyFindingNeedsAnAnswer(string text, bool expected)
    {
        var checks = dns.Checks();

        Assert.Equal(expected, checks.WouldCheck(new Explainer().Explain(text)));
        Assert.False(new LiveChecks(dns.Settings with { Enabled = false }, TimeProvider.System).WouldCheck(new Explainer().Explain(text)));
    }

    [Fact]
    public async Task Report_Json_UsesTheLowerCaseWordsAndRoundTrips()
    {
        var (_, report) = await Run(Bounces.Dmarc("softfail.test", "203.0.113.5"));

        var json = JsonSerializer.Serialize(report, ChecksJsonContext.Default.CheckReport);
        var back = JsonSerializer.Deserialize(json, ChecksJsonContext.Default.CheckReport)!;

        Assert.Contains("\"verdict\":\"softfail\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"spf\"", json, StringComparison.Ordinal);
        Assert.Equal(report.Distinct(), back.Distinct());
        Assert.Equal(report.Evidence, back.Evidence);
    }
}
