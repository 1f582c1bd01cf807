using System.Net;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>A zone that never answers, a resolver that is down, and the total budget: checks end as "could not check", never as an error.</summary>
public sealed class CheckBudgetTests(DnsServerFixture dns) : IClassFixture<DnsServerFixture>
{
    [Fact]
    public async Task Check_ZoneNeverAnswers_CouldNotCheckAfterTheQueryTimeout()
    {
        var settings = dns.Settings with { Timeout = TimeSpan.FromMilliseconds(200) };

        var results = await new LiveChecks(settings, TimeProvider.System).CheckTargetAsync("x.slow.test", "192.0.2.1");

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(CheckVerdict.CouldNotCheck, r.Verdict));
        Assert.All(results, r => Assert.Contains("timed out", r.Detail, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_SlowInclude_IsCouldNotCheckNotFail()
    {
        var settings = dns.Settings with { Timeout = TimeSpan.FromMilliseconds(200) };

        var results = await new LiveChecks(settings, TimeProvider.System).CheckTargetAsync("slowinclude.test", "192.0.2.1");

        Assert.Equal(CheckVerdict.CouldNotCheck, Assert.Single(results, r => r.Kind == CheckKind.Spf).Verdict);
    }

    [Fact]
    public async Task Check_BudgetRunsOut_EveryUnansweredCheckIsCouldNotCheck()
    {
        var time = new FakeTimeProvider();
        var settings = dns.Settings with { Timeout = TimeSpan.FromSeconds(60), Budget = TimeSpan.FromSeconds(2) };
        var checks = new LiveChecks(settings, time);
        var explanation = new Explainer().Explain(Bounces.HostUnknown("jane@late.slow.test"));

        var running = checks.CheckAsync(explanation, null);
        await WaitForQueryAsync("late.slow.test");
        time.Advance(TimeSpan.FromSeconds(2));
        var report = await running;

        var check = Assert.Single(report.For(0));
        Assert.Equal(CheckVerdict.CouldNotCheck, check.Verdict);
        Assert.Contains("time allowed", check.Detail, StringComparison.Ordinal);
        Assert.False(report.Complete);
        Assert.Contains(report.Notices, n => n.Contains("within 2 s", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_ResolverDown_CouldNotCheckWithoutThrowing()
    {
        var settings = dns.Settings with { Servers = [new IPEndPoint(IPAddress.Loopback, 9)], Timeout = TimeSpan.FromMilliseconds(300) };

        var results = await new LiveChecks(settings, TimeProvider.System).CheckTargetAsync(CheckZones.ListedIp);

        Assert.NotEmpty(results);
        Assert.All(results, r => Assert.Equal(CheckVerdict.CouldNotCheck, r.Verdict));
    }

    [Fact]
    public async Task Check_Disabled_AsksNothing()
    {
        var before = dns.Server.Queries.Count;
        var explanation = new Explainer().Explain(Bounces.HostUnknown("jane@nullmx.test"));

        var report = await new LiveChecks(dns.Settings with { Enabled = false }, TimeProvider.System).CheckAsync(explanation, null);

        Assert.Empty(report.Findings);
        Assert.Equal(before, dns.Server.Queries.Count);
    }

    private async Task WaitForQueryAsync(string name)
    {
        // Note: waits for the question to reach the server (a condition, not a duration); bounded so a bug fails the test.
        for (var i = 0; i < 500 && dns.Server.Count(name) == 0; i++)
        {
            await Task.Delay(10);
        }

        Assert.True(dns.Server.Count(name) > 0, $"{name} never reached the test DNS server");
    }
}
