using NdrBot.Triage.Delivery;

namespace NdrBot.Triage;

/// <summary>Replies that failed, kept until a sender delivers them. Safe to drain from several replicas.</summary>
public interface IOutboxStore
{
    /// <summary>Queues a message, due now; returns its id.</summary>
    Task<long> EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes up to <paramref name="max"/> due messages, oldest first, and hides them for <paramref name="lease"/>:
    /// one not marked done by then is due again (and counts another attempt).
    /// </summary>
    Task<IReadOnlyList<OutboxItem>> DequeueDueOutboxAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default);

    Task MarkOutboxDoneAsync(long id, CancellationToken cancellationToken = default);
}
