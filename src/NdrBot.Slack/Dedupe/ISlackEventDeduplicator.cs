namespace NdrBot.Slack.Dedupe;

/// <summary>
/// Remembers Slack <c>event_id</c>s so a retried delivery is acknowledged but not answered twice. The durable
/// implementation (shared across restarts and replicas) lives with the triage store.
/// </summary>
public interface ISlackEventDeduplicator
{
    /// <summary>True the first time <paramref name="eventId"/> is seen; false for a repeat.</summary>
    ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Forgets <paramref name="eventId"/>: the request it marked failed before it was carried out.</summary>
    ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default);
}
