using NdrBot.Core.Checks;

namespace NdrBot.Core.Tests.Checks;

/// <summary>SPF evaluated against the test DNS server (RFC 7208): results, include, redirect, macros and the limits.</summary>
public sealed class SpfCheckTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<CheckResult> Spf(string domain, string? ip)
    {
        var results = await dns.Checks().CheckTargetAsync(domain, ip);
        return Assert.Single(results, r => r.Kind == CheckKind.Spf);
    }

    [Theory]
    [InlineData("contoso.test", "192.0.2.9", CheckVerdict.Pass)]
    [InlineData("contoso.test", "2001:db8::5", CheckVerdict.Pass)]
    [InlineData("contoso.test", "203.0.113.5", CheckVerdict.Fail)]
    [InlineData("softfail.test", "203.0.113.5", CheckVerdict.SoftFail)]
    [InlineData("softfail.test", "192.0.2.10", CheckVerdict.Pass)]
    [InlineData("neutral.test", "203.0.113.5", CheckVerdict.Neutral)]
    [InlineData("amx.test", "198.51.100.7", CheckVerdict.Pass)]
    [InlineData("amx.test", "198.51.100.200", CheckVerdict.Pass)]
    [InlineData("amx.test", "192.0.2.1", CheckVerdict.Fail)]
    [InlineData("redirect.test", "192.0.2.9", CheckVerdict.Pass)]
    [InlineData("redirect.test", "203.0.113.5", CheckVerdict.Fail)]
    [InlineData("macro.test", "192.0.2.9", CheckVerdict.Pass)]
    [InlineData("macro.test", "192.0.2.8", CheckVerdict.Fail)]
    [InlineData("split.test", "192.0.2.3", CheckVerdict.Pass)]
    public async Task Spf_EvaluatedForIp_GivesRfc7208Result(string domain, string ip, CheckVerdict expected)
    {
        var result = await Spf(domain, ip);

        Assert.Equal(expected, result.Verdict);
        Assert.StartsWith("v=spf1", result.Record, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spf_IncludeMatches_DetailNamesTheInclude()
    {
        var result = await Spf("contoso.test", "192.0.2.9");

        Assert.Contains("include:_spf.mailhost.test", result.Detail, StringComparison.Ordinal);
        Assert.Equal("v=spf1 include:_spf.mailhost.test -all", result.Record);
    }

    [Fact]
    public async Task Spf_HardFail_StepSaysToAddTheSendingServer()
    {
        var result = await Spf("contoso.test", "203.0.113.5");

        Assert.Contains("-all", result.Detail, StringComparison.Ordinal);
        Assert.Contains("ip4:203.0.113.5", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spf_ElevenLookups_IsPermErrorNamingTheLimit()
    {
        var result = await Spf("eleven.test", "192.0.2.77");

        Assert.Equal(CheckVerdict.PermError, result.Verdict);
        Assert.Contains("more than 10 DNS lookups", result.Detail, StringComparison.Ordinal);
        Assert.Contains("10 DNS lookups", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spf_ExactlyTenLookups_IsStillEvaluated()
    {
        var result = await Spf("ten.test", "192.0.2.77");

        Assert.Equal(CheckVerdict.Pass, result.Verdict);
        Assert.Contains("ip4:192.0.2.77", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%{d2}.x", "contoso.test.x")]
    [InlineData("%{d99999999999}.x", "mail.contoso.test.x")]
    [InlineData("%{ir}.bl", "1.2.0.192.bl")]
    [InlineData("%{d0}.x", null)]
    [InlineData("%{q}.x", null)]
    public void SpfMacros_Expand_GivesTheNameOrNullNeverThrows(string spec, string? expected) =>
        Assert.Equal(expected, NdrBot.Core.Checks.Spf.SpfMacros.Expand(
            spec, "mail.contoso.test", new NdrBot.Core.Checks.Spf.SpfContext(System.Net.IPAddress.Parse("192.0.2.1"), "a@contoso.test")));

    [Theory]
    [InlineData("twospf.test", "2 SPF records")]
    [InlineData("void.test", "lookups found nothing")]
    [InlineData("broken.test", "syntax error in 'ip4:999.1.1.1'")]
    public async Task Spf_BrokenRecord_IsPermError(string domain, string problem)
    {
        var result = await Spf(domain, "192.0.2.9");

        Assert.Equal(CheckVerdict.PermError, result.Verdict);
        Assert.Contains(problem, result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nospf.test")]
    [InlineData("missing.test")]
    public async Task Spf_NoRecord_IsMissingWithAPublishStep(string domain)
    {
        var result = await Spf(domain, "192.0.2.9");

        Assert.Equal(CheckVerdict.Missing, result.Verdict);
        Assert.Contains("Publish one SPF record", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spf_WithoutIp_ReadsTheRecordOnly()
    {
        var result = await Spf("contoso.test", null);

        Assert.Equal(CheckVerdict.Found, result.Verdict);
        Assert.Equal("contoso.test", result.Subject);
        Assert.Contains("--ip", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spf_NotAnIp_CouldNotCheckWithoutAsking()
    {
        var before = dns.Server.Count("contoso.test", ARSoft.Tools.Net.Dns.RecordType.Txt);

        var result = await Spf("contoso.test", "not-an-ip");

        Assert.Equal(CheckVerdict.CouldNotCheck, result.Verdict);
        Assert.Equal(before, dns.Server.Count("contoso.test", ARSoft.Tools.Net.Dns.RecordType.Txt));
    }
}
