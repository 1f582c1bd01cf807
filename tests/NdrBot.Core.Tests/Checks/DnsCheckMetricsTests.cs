using System.Globalization;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared.Dns;
using Xunit.Abstractions;

namespace NdrBot.Core.Tests.Checks;

/// <summary>
/// Issue 19: the checks count every DNS question by where its answer came from, and time network lookups and whole
/// check runs. The counts are checked against what the test server received; the times are only printed (the
/// figures in the README come from this test, on the loopback server).
/// </summary>
public sealed class DnsCheckMetricsTests(ITestOutputHelper output) : IDisposable
{
    private readonly TestDnsServer _server = TestDnsServer.Start(CheckZones.Build());
    private readonly RecordedMeters _meters = new();

    private static readonly string[] Pastes =
    [
        Bounces.Banned(CheckZones.ListedIp),
        Bounces.Dmarc("contoso.test", "203.0.113.5"),
        Bounces.HostUnknown("jane@nullmx.test", "joe@missing.test", "ann@aonly.test"),
    ];

    public void Dispose()
    {
        _meters.Dispose();
        _server.Dispose();
    }

    [Fact]
    public async Task CheckAsync_ThreeBouncesTwice_CountsNetworkLookupsThenCacheHits()
    {
        var explainer = new Explainer();
        await new LiveChecks(DnsServerFixture.For(_server), TimeProvider.System).CheckTargetAsync("warm.up.test");
        var warmUp = _server.Queries.Count;
        var checks = new LiveChecks(DnsServerFixture.For(_server), TimeProvider.System, new DnsCheckMetrics(_meters));

        await RunAsync(checks, explainer);
        var network = _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromNetwork).Count;
        var cachedFirst = _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromCache).Count;
        await RunAsync(checks, explainer);

        Assert.True(network > 0);
        Assert.Equal(_server.Queries.Count - warmUp, network);
        Assert.Equal(network, _meters.Values("ndrbot.dns.lookup.duration").Count);
        Assert.Equal(network, _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromNetwork).Count);
        Assert.Equal(network + cachedFirst, _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromCache).Count - cachedFirst);
        Assert.Equal(Pastes.Length * 2, _meters.Values("ndrbot.checks.duration", "complete", true).Count);
        Print(network);
    }

    [Fact]
    public async Task CheckAsync_ResolverDown_EachFailedLookupIsTimedAsFailed()
    {
        var closed = TestDnsServer.Start(new TestZone());
        var settings = DnsServerFixture.For(closed) with { Timeout = TimeSpan.FromMilliseconds(300) };
        closed.Dispose();
        var checks = new LiveChecks(settings, TimeProvider.System, new DnsCheckMetrics(_meters));

        await checks.CheckAsync(new Explainer().Explain(Pastes[1]), Pastes[1]);

        var failed = _meters.Values("ndrbot.dns.lookup.duration", "status", "failed");
        Assert.NotEmpty(failed);
        Assert.Equal(failed.Count, _meters.Values("ndrbot.dns.lookup.duration").Count);
    }

    private static async Task RunAsync(LiveChecks checks, Explainer explainer)
    {
        foreach (var paste in Pastes)
        {
            await checks.CheckAsync(explainer.Explain(paste), paste);
        }
    }

    private void Print(int network)
    {
        var latencies = _meters.Values("ndrbot.dns.lookup.duration").Select(s => s * 1000).Order().ToList();
        var runs = _meters.Values("ndrbot.checks.duration").Select(s => s * 1000).ToList();
        var all = _meters.Values("ndrbot.dns.questions").Count;
        var cached = _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromCache).Count;
        var shared = _meters.Values("ndrbot.dns.questions", "source", DnsCheckMetrics.FromInFlight).Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"questions {all}: network {network}, cache {cached} ({100.0 * cached / all:0.#} %), in flight {shared}; " +
            $"lookup ms: median {latencies[latencies.Count / 2]:0.00}, p90 {latencies[(int)(latencies.Count * 0.9)]:0.00}, max {latencies[^1]:0.00}; " +
            $"first runs ms: {string.Join(", ", runs.Take(Pastes.Length).Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))}; " +
            $"cached runs ms: {string.Join(", ", runs.Skip(Pastes.Length).Select(r => r.ToString("0.0", CultureInfo.InvariantCulture)))}"));
    }
}
