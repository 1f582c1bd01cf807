using System.Net;
using NdrBot.Core.Checks;

namespace NdrBot.Core.Tests.Checks;

/// <summary>Diagnostics:Dns read from flat configuration pairs, the same way for the host and the CLI.</summary>
public sealed class DnsCheckSettingsReaderTests
{
    private static DnsCheckSettingsResult Read(params (string Key, string? Value)[] pairs) =>
        DnsCheckSettingsReader.Read(pairs.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    [Fact]
    public void Read_Nothing_GivesTheDefaults()
    {
        var settings = Read().Settings!;

        Assert.True(settings.Enabled);
        Assert.Empty(settings.Servers);
        Assert.Equal(["zen.spamhaus.org", "b.barracudacentral.org", "bl.spamcop.net"], settings.Blocklists.Select(b => b.Zone));
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Budget);
    }

    [Fact]
    public void Read_EnvironmentStyleKeys_AreRead()
    {
        var settings = Read(("Diagnostics__Dns__Servers", "127.0.0.1:5353"), ("DIAGNOSTICS__DNS__TIMEOUTMS", "250"), ("Diagnostics__Dns__Enabled", "false")).Settings!;

        Assert.Equal(new IPEndPoint(IPAddress.Loopback, 5353), Assert.Single(settings.Servers));
        Assert.Equal(TimeSpan.FromMilliseconds(250), settings.Timeout);
        Assert.False(settings.Enabled);
    }

    [Fact]
    public void Read_ServersAsListOrIndexed_KeepTheirPortsAndDefaultTo53()
    {
        var listed = Read(("Diagnostics:Dns:Servers", "9.9.9.9, [::1]:5300 ,2001:db8::53")).Settings!;
        var indexed = Read(("Diagnostics:Dns:Servers:0", "10.0.0.53"), ("Diagnostics:Dns:Servers:1", "127.0.0.1:5353")).Settings!;

        Assert.Equal(["9.9.9.9:53", "[::1]:5300", "[2001:db8::53]:53"], listed.Servers.Select(s => s.ToString()));
        Assert.Equal(["10.0.0.53:53", "127.0.0.1:5353"], indexed.Servers.Select(s => s.ToString()));
    }

    [Theory]
    [InlineData("Diagnostics:Dns:Servers", "dns.example.com")]
    [InlineData("Diagnostics:Dns:Servers", "127.0.0.1:0")]
    [InlineData("Diagnostics:Dns:TimeoutMs", "soon")]
    [InlineData("Diagnostics:Dns:BudgetMs", "0")]
    [InlineData("Diagnostics:Dns:Enabled", "yes please")]
    [InlineData("Diagnostics:Dns:Blocklists", "not a zone!")]
    [InlineData("Diagnostics:Dns:Blocklists:0:Codes:8.8.8.8", "listed")]
    public void Read_BadValue_IsAnErrorNamingTheKey(string key, string value)
    {
        var result = Read((key, value), ("Diagnostics:Dns:Blocklists:0:Zone", key.Contains(":0:", StringComparison.Ordinal) ? "bl.test" : null));

        Assert.Null(result.Settings);
        Assert.Contains(result.Errors, e => e.StartsWith("Diagnostics:Dns:" + key.Split(':')[2], StringComparison.Ordinal));
    }

    [Fact]
    public void Read_BlocklistsEmpty_MeansNone()
    {
        Assert.Empty(Read(("Diagnostics__Dns__Blocklists", "")).Settings!.Blocklists);
    }

    [Fact]
    public void Read_BlocklistsByName_TakeTheShippedMeanings()
    {
        var zones = Read(("Diagnostics:Dns:Blocklists", "zen.spamhaus.org,bl.example.net")).Settings!.Blocklists;

        Assert.Contains("XBL", zones[0].Codes["127.0.0.4"], StringComparison.Ordinal);
        Assert.Contains("public or open resolver", zones[0].Errors["127.255.255.254"], StringComparison.Ordinal);
        Assert.Equal("bl.example.net", zones[1].Name);
        Assert.Empty(zones[1].Codes);
    }

    [Fact]
    public void Read_BlocklistEntries_CarryTheirOwnCodes()
    {
        var zone = Assert.Single(Read(
            ("Diagnostics:Dns:Blocklists:0:Zone", "bl.example.net"),
            ("Diagnostics:Dns:Blocklists:0:Name", "Example BL"),
            ("Diagnostics:Dns:Blocklists:0:Ipv6", "true"),
            ("Diagnostics:Dns:Blocklists:0:Codes:127.0.0.3", "a dynamic range"),
            ("Diagnostics:Dns:Blocklists:0:Errors:127.255.255.255", "too many queries")).Settings!.Blocklists);

        Assert.Equal("Example BL", zone.Name);
        Assert.True(zone.Ipv6);
        Assert.Equal("a dynamic range", zone.Codes["127.0.0.3"]);
        Assert.Equal("too many queries", zone.Errors["127.255.255.255"]);
    }

    [Fact]
    public void Catalogue_ShippedBlocklists_AreValidAndCiteSources()
    {
        Assert.Empty(BlocklistCatalogue.Validate(BlocklistCatalogue.Default));
        Assert.All(BlocklistCatalogue.Default, b => Assert.NotEmpty(b.Sources));
        Assert.All(BlocklistCatalogue.Default, b => Assert.Contains("127.0.0.2", b.Codes.Keys));
    }
}
