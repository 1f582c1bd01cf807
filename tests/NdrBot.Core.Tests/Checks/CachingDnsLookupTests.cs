using ARSoft.Tools.Net.Dns;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Core.Checks;
using NdrBot.Core.Checks.Dns;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>Answers kept by their TTL, identical lookups asked once, and the per-minute bound, counted on the server.</summary>
public sealed class CachingDnsLookupTests : IDisposable
{
    private readonly TestDnsServer _server = TestDnsServer.Start(CheckZones.Build());
    private readonly FakeTimeProvider _time = new();

    public void Dispose() => _server.Dispose();

    private WireDnsLookup Wire() => new([_server.EndPoint], TimeSpan.FromSeconds(5));

    [Fact]
    public async Task Lookup_Repeated_IsAskedOnceUntilTheTtlRunsOut()
    {
        var checks = new LiveChecks(DnsServerFixture.For(_server), _time);

        await checks.CheckTargetAsync("contoso.test");
        await checks.CheckTargetAsync("contoso.test");
        _time.Advance(TimeSpan.FromSeconds(299));
        await checks.CheckTargetAsync("contoso.test");
        Assert.Equal(1, _server.Count("contoso.test", RecordType.Txt));
        Assert.Equal(1, _server.Count("_dmarc.contoso.test", RecordType.Txt));

        _time.Advance(TimeSpan.FromSeconds(2));
        await checks.CheckTargetAsync("contoso.test");
        Assert.Equal(2, _server.Count("contoso.test", RecordType.Txt));
    }

    [Fact]
    public async Task Lookup_NxDomain_IsKeptForTheSoaMinimum()
    {
        var cache = new CachingDnsLookup(Wire(), _time, 100);
        var query = new DnsQuery("missing.test", DnsRecordType.Mx);

        Assert.Equal(DnsStatus.NxDomain, (await cache.LookupAsync(query, default)).Status);
        _time.Advance(TimeSpan.FromSeconds(59));
        await cache.LookupAsync(query, default);
        Assert.Equal(1, _server.Count("missing.test"));

        _time.Advance(TimeSpan.FromSeconds(2));
        await cache.LookupAsync(query, default);
        Assert.Equal(2, _server.Count("missing.test"));
    }

    [Fact]
    public async Task Lookup_AskedByManyAtOnce_GoesOutOnce()
    {
        var counting = new CountingLookup(Wire()) { Hold = true };
        var cache = new CachingDnsLookup(counting, _time, 100);
        var query = new DnsQuery("contoso.test", DnsRecordType.Mx);

        var callers = Enumerable.Range(0, 20).Select(_ => cache.LookupAsync(query, default)).ToList();
        Assert.Equal(1, counting.Calls);
        counting.Release();
        var answers = await Task.WhenAll(callers);

        Assert.All(answers, a => Assert.Equal("mx1.contoso.test", Assert.Single(a.Records).Value));
        Assert.Equal(1, _server.Count("contoso.test", RecordType.Mx));
    }

    [Fact]
    public async Task Lookup_OneCallerGivesUp_OthersStillGetTheAnswer()
    {
        var counting = new CountingLookup(Wire()) { Hold = true };
        var cache = new CachingDnsLookup(counting, _time, 100);
        var query = new DnsQuery("contoso.test", DnsRecordType.Mx);
        using var impatient = new CancellationTokenSource();

        var first = cache.LookupAsync(query, impatient.Token);
        var second = cache.LookupAsync(query, default);
        await impatient.CancelAsync();
        counting.Release();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal(DnsStatus.Found, (await second).Status);
    }

    [Fact]
    public async Task Lookup_OverThePerMinuteBound_FailsWithoutAskingUntilTheNextMinute()
    {
        var cache = new CachingDnsLookup(Wire(), _time, maxLookupsPerMinute: 2);

        await cache.LookupAsync(new DnsQuery("contoso.test", DnsRecordType.Mx), default);
        await cache.LookupAsync(new DnsQuery("amx.test", DnsRecordType.Mx), default);
        var third = await cache.LookupAsync(new DnsQuery("aonly.test", DnsRecordType.A), default);
        Assert.Equal(DnsStatus.Failed, third.Status);
        Assert.Contains("per minute", third.Error, StringComparison.Ordinal);
        Assert.Equal(0, _server.Count("aonly.test"));

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(DnsStatus.Found, (await cache.LookupAsync(new DnsQuery("aonly.test", DnsRecordType.A), default)).Status);
    }

    [Fact]
    public async Task Lookup_CachedAnswer_DoesNotCountTowardTheBound()
    {
        var cache = new CachingDnsLookup(Wire(), _time, maxLookupsPerMinute: 1);
        var query = new DnsQuery("contoso.test", DnsRecordType.Mx);

        await cache.LookupAsync(query, default);
        var again = await cache.LookupAsync(query, default);

        Assert.Equal(DnsStatus.Found, again.Status);
    }

    [Fact]
    public async Task Lookup_ResolverDown_FailureIsKeptBriefly()
    {
        var down = new CountingLookup(new WireDnsLookup([new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 9)], TimeSpan.FromMilliseconds(300)));
        var cache = new CachingDnsLookup(down, _time, 100);
        var query = new DnsQuery("contoso.test", DnsRecordType.Mx);

        Assert.Equal(DnsStatus.Failed, (await cache.LookupAsync(query, default)).Status);
        Assert.Equal(DnsStatus.Failed, (await cache.LookupAsync(query, default)).Status);
        Assert.Equal(1, down.Calls);

        _time.Advance(CachingDnsLookup.FailureTtl);
        await cache.LookupAsync(query, default);
        Assert.Equal(2, down.Calls);
    }
}
