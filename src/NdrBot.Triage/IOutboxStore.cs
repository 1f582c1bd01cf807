using NdrBot.Triage.Delivery;

namespace NdrBot.Triage;

/// <summary>Replies that failed, kept until a sender delivers them. Safe to drain from several replicas.</summary>
public interface IOutboxStore
{
    /// <summary>Queues a message, due now; returns its id.</summary>
    Task<long> EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="max"/> due messages, oldest first, and hides them for <paramref name="lease"/>:
    /// one not marked done by then is due again (and counts another attempt). Two callers never take the same
    /// message within a lease (row locks with SKIP LOCKED on PostgreSQL, the write lock on SQLite).
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> DequeueDueOutboxAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default);

    Task MarkOutboxDoneAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A failed attempt: the message is due again at <paramref name="nextAttemptAt"/> (the sender's backoff).</summary>
    Task RescheduleOutboxAsync(long id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default);

    /// <summary>Gives up on a message: it is never due again and counts as dead.</summary>
    Task MarkOutboxDeadAsync(long id, string reason, CancellationToken cancellationToken = default);

    Task<OutboxCounts> CountOutboxAsync(CancellationToken cancellationToken = default);
}
