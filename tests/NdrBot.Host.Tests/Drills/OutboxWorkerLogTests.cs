using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NdrBot.Host.Delivery;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// A store that stays down must not fill the log: the outbox worker logs the first failed round with its exception,
/// keeps quiet while the store is still down, and says once when it drains again.
/// </summary>
public sealed class OutboxWorkerLogTests
{
    [Fact]
    public async Task StoreDownForSeveralRounds_OneWarningWithTheException_ThenOneRecoveryLine()
    {
        using var app = new DrillApp(DrillApp.OutboxIdle());
        _ = app.Server;
        var store = new StoreDownFor(rounds: 4, app.Services.GetRequiredService<IOutboxStore>());
        using var logs = new CapturedLogs();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var worker = ActivatorUtilities.CreateInstance<OutboxWorker>(app.Services, store, factory.CreateLogger<OutboxWorker>());

        var taken = new List<int>();
        for (var round = 0; round < 6; round++)
        {
            taken.Add(await worker.RoundAsync(CancellationToken.None));
        }

        Assert.Equal([0, 0, 0, 0, 0, 0], taken);
        Assert.Equal(6, store.Calls);
        var warning = Assert.Single(logs.Entries, e => e.Level >= LogLevel.Warning);
        Assert.IsType<SqliteException>(warning.Exception);
        var recovered = Assert.Single(logs.Entries, e => e.Message.Contains("drained again", StringComparison.Ordinal));
        Assert.Contains("after 4 failed rounds", recovered.Message, StringComparison.Ordinal);
        Assert.Equal(2, logs.Entries.Count);
    }

    /// <summary>The real store, except that taking due replies fails for the first few rounds.</summary>
    private sealed class StoreDownFor(int rounds, IOutboxStore inner) : IOutboxStore
    {
        public int Calls { get; private set; }

        public Task<IReadOnlyList<OutboxItem>> DequeueDueOutboxAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default) =>
            ++Calls <= rounds
                ? throw new SqliteException("unable to open database file", 14)
                : inner.DequeueDueOutboxAsync(max, lease, cancellationToken);

        public Task<long> EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken = default) => inner.EnqueueOutboxAsync(message, cancellationToken);

        public Task MarkOutboxDoneAsync(long id, CancellationToken cancellationToken = default) => inner.MarkOutboxDoneAsync(id, cancellationToken);

        public Task RescheduleOutboxAsync(long id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default) =>
            inner.RescheduleOutboxAsync(id, nextAttemptAt, reason, cancellationToken);

        public Task MarkOutboxDeadAsync(long id, string reason, CancellationToken cancellationToken = default) => inner.MarkOutboxDeadAsync(id, reason, cancellationToken);

        public Task<OutboxCounts> CountOutboxAsync(CancellationToken cancellationToken = default) => inner.CountOutboxAsync(cancellationToken);
    }
}
