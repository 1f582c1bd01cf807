using System.Collections.Concurrent;
using NdrBot.Host.Tests.Support;
using Xunit.Abstractions;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 9, SIGKILL drill: the real host process (SQLite file, Teams auth off, Connector faked by WireMock) takes a
/// burst of triage actions from four lanes and is killed with SIGKILL mid-burst, three times; each restart on the
/// same file must find an intact database holding every action it acknowledged, each case's version and state
/// agreeing with its history.
/// </summary>
public sealed class SigkillDrillTests(ITestOutputHelper output) : IDisposable
{
    private const int Rounds = 3;
    private const int Lanes = 4;

    private readonly BotFrameworkFake _fake = new();
    private readonly string _database = TestDatabases.NewSqlitePath();

    [Fact]
    public async Task TriageBurst_KilledMidBurst_RestartFindsAnIntactDatabaseWithEveryAcknowledgedAction()
    {
        var acknowledged = new ConcurrentQueue<Acknowledged>();
        for (var round = 0; round < Rounds; round++)
        {
            using var host = await HostProcess.StartAsync(Environment());
            await AssertIntactAsync(acknowledged);

            using var stop = new CancellationTokenSource();
            var bursts = Enumerable.Range(0, Lanes).Select(lane => new TriageBurst(host, _fake, round, lane, acknowledged)).ToList();
            var lanes = bursts.Select(b => b.RunAsync(stop.Token)).ToList();
            var goal = 20 + (10 * round);
            var thisRound = round;
            await Eventually.WaitAsync(() => acknowledged.Count(a => a.Round == thisRound), n => n >= goal, timeoutSeconds: 120);
            Assert.True(acknowledged.Count(a => a.Round == thisRound) >= goal, $"round {round}: the burst stalled: {string.Join("; ", bursts.Select(b => b.StoppedBecause))}\n{host.RecentOutput}");

            host.Kill();
            await stop.CancelAsync();
            await Task.WhenAll(lanes);
            output.WriteLine($"round {round}: killed pid {host.Id} after {acknowledged.Count(a => a.Round == thisRound)} acknowledged actions; "
                + string.Join("; ", bursts.Select(b => b.StoppedBecause ?? "stopped between requests")));
        }

        using var last = await HostProcess.StartAsync(Environment());
        await AssertIntactAsync(acknowledged);
        output.WriteLine($"after {Rounds} kills: {acknowledged.Count} acknowledged actions all in the history, integrity ok, "
            + $"{await DatabaseAudit.CountAsync(_database, "cases")} cases, {await DatabaseAudit.CountAsync(_database, "case_events")} history entries");
        Assert.True(await DatabaseAudit.CountAsync(_database, "cases") >= acknowledged.Count(a => a.Verb == "opened"));
    }

    public void Dispose()
    {
        _fake.Dispose();
        TestDatabases.DeleteSqlite(_database);
    }

    private async Task AssertIntactAsync(IEnumerable<Acknowledged> acknowledged)
    {
        Assert.Equal("ok", await DatabaseAudit.IntegrityAsync(_database));
        Assert.Empty(await DatabaseAudit.ProblemsAsync(_database, acknowledged));
    }

    private Dictionary<string, string> Environment() => new()
    {
        ["Storage__SqlitePath"] = _database,

        // Note: the drill is about the store; replies that fail would only add outbox rows.
        ["Outbox__PollInterval"] = "00:00:01",
    };
}
