namespace NdrBot.Triage;

/// <summary>Slack retries an event until it is acknowledged; the event id makes the reply happen once.</summary>
public interface ISeenEventStore
{
    /// <summary>True the first time an event id is marked, false every time after (across replicas).</summary>
    Task<bool> TryMarkEventSeenAsync(string eventId, DateTimeOffset seenAt, CancellationToken cancellationToken = default);

    /// <summary>Forgets one event id, so a request that failed before it was carried out can be sent again.</summary>
    Task ForgetEventAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>Forgets event ids seen before <paramref name="olderThan"/>; returns how many were removed.</summary>
    Task<int> PurgeSeenEventsAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default);
}
