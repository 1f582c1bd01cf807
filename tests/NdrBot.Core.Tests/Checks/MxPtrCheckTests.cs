using NdrBot.Core.Checks;

namespace NdrBot.Core.Tests.Checks;

/// <summary>The recipient domain's MX (null MX, A fallback, NXDOMAIN versus no data) and the sending IP's PTR.</summary>
public sealed class MxPtrCheckTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<CheckResult> Check(string target, CheckKind kind) =>
        Assert.Single(await dns.Checks().CheckTargetAsync(target), r => r.Kind == kind);

    [Fact]
    public async Task Mx_Published_IsFoundWithTheHosts()
    {
        var result = await Check("contoso.test", CheckKind.Mx);

        Assert.Equal(CheckVerdict.Found, result.Verdict);
        Assert.Equal("10 mx1.contoso.test", result.Record);
    }

    [Fact]
    public async Task Mx_NullMx_SaysTheDomainTakesNoMail()
    {
        var result = await Check("nullmx.test", CheckKind.Mx);

        Assert.Equal(CheckVerdict.NullMx, result.Verdict);
        Assert.Equal("0 .", result.Record);
        Assert.Contains("RFC 7505", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mx_NoMxButA_IsMissingAndNamesTheFallbackAddress()
    {
        var result = await Check("aonly.test", CheckKind.Mx);

        Assert.Equal(CheckVerdict.Missing, result.Verdict);
        Assert.Equal("198.51.100.20", result.Record);
        Assert.Contains("falls back", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.test", CheckVerdict.NxDomain)]
    [InlineData("empty.test", CheckVerdict.NoData)]
    [InlineData("deadmx.test", CheckVerdict.NoData)]
    public async Task Mx_NothingToDeliverTo_TellsNxDomainFromNoData(string domain, CheckVerdict verdict)
    {
        var result = await Check(domain, CheckKind.Mx);

        Assert.Equal(verdict, result.Verdict);
    }

    [Theory]
    [InlineData("bad..name")]
    [InlineData("-bad.test")]
    [InlineData("nodot")]
    [InlineData("x.123")]
    public async Task Target_MalformedName_CouldNotCheckWithoutAsking(string name)
    {
        var before = dns.Server.Queries.Count;

        var results = await dns.Checks().CheckTargetAsync(name);

        Assert.Equal(CheckVerdict.CouldNotCheck, Assert.Single(results).Verdict);
        Assert.Equal(before, dns.Server.Queries.Count);
    }

    [Fact]
    public async Task Ptr_ForwardConfirmed_Passes()
    {
        var result = await Check("198.51.100.30", CheckKind.Ptr);

        Assert.Equal(CheckVerdict.Pass, result.Verdict);
        Assert.Equal("mail.ptr-ok.test", result.Record);
    }

    [Fact]
    public async Task Ptr_NameDoesNotResolveBack_IsMismatch()
    {
        var result = await Check("198.51.100.31", CheckKind.Ptr);

        Assert.Equal(CheckVerdict.Mismatch, result.Verdict);
        Assert.Contains("mail.ptr-bad.test does not resolve back to 198.51.100.31", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ptr_None_IsMissing()
    {
        var result = await Check("198.51.100.32", CheckKind.Ptr);

        Assert.Equal(CheckVerdict.Missing, result.Verdict);
        Assert.Contains("PTR", result.Step, StringComparison.Ordinal);
    }
}
