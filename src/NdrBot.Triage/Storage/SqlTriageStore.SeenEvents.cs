namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<bool> TryMarkEventSeenAsync(string eventId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        var inserted = await connection.ExecuteAsync(
            null,
            "INSERT INTO seen_events (event_id, seen_at) VALUES (@id, @at) ON CONFLICT (event_id) DO NOTHING",
            cancellationToken,
            ("@id", eventId), ("@at", seenAt.ToUnixMs()));
        return inserted == 1;
    }

    public async Task ForgetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await connection.ExecuteAsync(null, "DELETE FROM seen_events WHERE event_id = @id", cancellationToken, ("@id", eventId));
    }

    public async Task<int> PurgeSeenEventsAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        return await connection.ExecuteAsync(
            null, "DELETE FROM seen_events WHERE seen_at < @before", cancellationToken, ("@before", olderThan.ToUnixMs()));
    }
}
