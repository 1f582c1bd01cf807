using ARSoft.Tools.Net.Dns;
using NdrBot.Core.Checks.Dns;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>
/// Answers too big for UDP: the server sets TC (RFC 1035 §4.2.1, RFC 6891 §7) and the resolver asks again over TCP
/// (RFC 7766 §5), so the TCP path of both the client and the test server is exercised.
/// </summary>
public sealed class TcpFallbackTests : IDisposable
{
    private static readonly string[] Records = [.. Enumerable.Range(0, 24).Select(i => $"verification-{i:00}=" + new string((char)('a' + (i % 26)), 230))];

    private readonly TestDnsServer _server = TestDnsServer.Start(Zone());

    public void Dispose() => _server.Dispose();

    private static TestZone Zone()
    {
        var zone = CheckZones.Build();
        foreach (var text in Records)
        {
            zone.Txt("big.test", text);
        }

        return zone;
    }

    [Fact]
    public async Task Lookup_AnswerOverTheUdpLimit_IsAskedAgainOverTcpAndReadWhole()
    {
        var wire = new WireDnsLookup([_server.EndPoint], TimeSpan.FromSeconds(5));

        var answer = await wire.LookupAsync(new DnsQuery("big.test", DnsRecordType.Txt), default);

        Assert.Equal(DnsStatus.Found, answer.Status);
        Assert.Equal(Records.Order(StringComparer.Ordinal), answer.Records.Select(r => r.Value).Order(StringComparer.Ordinal));
        var asked = _server.Queries.Where(q => q.Name == "big.test").Select(q => q.Transport).ToList();
        Assert.Equal([TransportProtocol.Udp, TransportProtocol.Tcp], asked);
    }
}
