using NdrBot.Core.Checks;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>The sending IP on a DNS blocklist, read with the list's own return codes; non-public addresses are never sent.</summary>
public sealed class BlocklistCheckTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    private async Task<CheckResult> Check(string ip) =>
        Assert.Single(await dns.Checks().CheckTargetAsync(ip), r => r.Kind == CheckKind.Blocklist);

    [Theory]
    [InlineData(CheckZones.ListedIp, "127.0.0.2", "a known spam source")]
    [InlineData(CheckZones.ExploitedIp, "127.0.0.4", "an exploited machine")]
    public async Task Blocklist_Listed_GivesTheListsMeaning(string ip, string code, string meaning)
    {
        var result = await Check(ip);

        Assert.Equal(CheckVerdict.Listed, result.Verdict);
        Assert.Equal(code, result.Record);
        Assert.Equal(meaning, result.Detail);
        Assert.Equal($"{ip} on bl.test", result.Subject);
        Assert.Contains("https://bl.test/removal", result.Step, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Blocklist_NotListed_IsNotListed()
    {
        var result = await Check(CheckZones.CleanIp);

        Assert.Equal(CheckVerdict.NotListed, result.Verdict);
        Assert.Equal(1, dns.Server.Count("23.10.33.45.bl.test"));
    }

    [Fact]
    public async Task Blocklist_ErrorCode_IsCouldNotCheckNotListed()
    {
        var result = await Check(CheckZones.RefusedIp);

        Assert.Equal(CheckVerdict.CouldNotCheck, result.Verdict);
        Assert.Contains("queried through a public resolver", result.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.1.2.3", "private")]
    [InlineData("192.168.0.9", "private")]
    [InlineData("127.0.0.2", "loopback")]
    [InlineData("203.0.113.9", "documentation")]
    [InlineData("198.51.100.4", "documentation")]
    [InlineData("2001:db8::9", "documentation")]
    [InlineData("fe80::1", "link-local")]
    [InlineData("100.64.1.1", "private")]
    public async Task Blocklist_NonPublicAddress_IsNeverSentToTheList(string ip, string kind)
    {
        var result = await Check(ip);

        Assert.Equal(CheckVerdict.CouldNotCheck, result.Verdict);
        Assert.Contains(kind, result.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain(dns.Server.Queries, q => q.Name.EndsWith("bl.test", StringComparison.Ordinal) && q.Name.Contains(Reversed(ip), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Blocklist_Ipv6OnIpv4OnlyList_IsNotAsked()
    {
        var results = await dns.Checks().CheckTargetAsync("2a00:1450:4001::1");

        Assert.DoesNotContain(results, r => r.Kind == CheckKind.Blocklist);
    }

    private static string Reversed(string ip) => Core.Checks.Dns.DnsNames.Reversed(System.Net.IPAddress.Parse(ip));
}
