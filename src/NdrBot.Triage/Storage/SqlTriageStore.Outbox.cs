using System.Data.Common;
using System.Globalization;
using NdrBot.Triage.Delivery;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<long> EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow().ToUnixMs();
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        return await connection.ScalarInt64Async(
            null,
            """
            INSERT INTO outbox (channel, conversation_id, kind, payload, case_id, created_at, next_attempt_at, attempts)
            VALUES (@channel, @conversation, @kind, @payload, @case, @now, @now, 0) RETURNING id
            """,
            cancellationToken,
            ("@channel", message.Channel), ("@conversation", message.ConversationId), ("@kind", message.Kind),
            ("@payload", message.Payload), ("@case", message.CaseId), ("@now", now));
    }

    public async Task<IReadOnlyList<OutboxItem>> DequeueDueOutboxAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var now = time.GetUtcNow();
        var leasedUntil = (now + lease).ToUnixMs();
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken);
        var due = await ReadDueAsync(connection, transaction, now.ToUnixMs(), max, cancellationToken);
        var taken = new List<OutboxItem>(due.Count);
        foreach (var item in due)
        {
            await connection.ExecuteAsync(
                transaction,
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = @until WHERE id = @id",
                cancellationToken,
                ("@until", leasedUntil), ("@id", item.Id));
            taken.Add(item with { Attempts = item.Attempts + 1, NextAttemptAt = Db.FromUnixMs(leasedUntil) });
        }

        await transaction.CommitAsync(cancellationToken);
        return taken;
    }

    public async Task MarkOutboxDoneAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            null, "UPDATE outbox SET done_at = @now WHERE id = @id", cancellationToken, ("@now", time.GetUtcNow().ToUnixMs()), ("@id", id));
    }

    public async Task RescheduleOutboxAsync(long id, DateTimeOffset nextAttemptAt, string reason, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            null,
            "UPDATE outbox SET next_attempt_at = @at, last_error = @error WHERE id = @id AND done_at IS NULL AND dead_at IS NULL",
            cancellationToken,
            ("@at", nextAttemptAt.ToUnixMs()), ("@error", Truncate(reason)), ("@id", id));
    }

    public async Task MarkOutboxDeadAsync(long id, string reason, CancellationToken cancellationToken = default)
    {
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            null,
            "UPDATE outbox SET dead_at = @now, last_error = @error WHERE id = @id AND done_at IS NULL",
            cancellationToken,
            ("@now", time.GetUtcNow().ToUnixMs()), ("@error", Truncate(reason)), ("@id", id));
    }

    public async Task<OutboxCounts> CountOutboxAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null,
            """
            SELECT COALESCE(SUM(CASE WHEN done_at IS NULL AND dead_at IS NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN done_at IS NOT NULL THEN 1 ELSE 0 END), 0),
                   COALESCE(SUM(CASE WHEN dead_at IS NOT NULL AND done_at IS NULL THEN 1 ELSE 0 END), 0)
            FROM outbox
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new OutboxCounts(Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture),
            Convert.ToInt32(reader.GetValue(1), CultureInfo.InvariantCulture), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture));
    }

    // Note: errors are short codes (http_503, timeout); the cap only guards the column against a surprise.
    private static string Truncate(string error) => error.Length <= 200 ? error : error[..200];

    private async Task<List<OutboxItem>> ReadDueAsync(DbConnection connection, DbTransaction transaction, long now, int max, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT id, channel, conversation_id, kind, payload, case_id, attempts, created_at, next_attempt_at FROM outbox
            WHERE done_at IS NULL AND dead_at IS NULL AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @max{Dialect.LockRowSkipLocked}
            """,
            ("@now", now), ("@max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<OutboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = new OutboxMessage(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            items.Add(new OutboxItem(reader.GetInt64(0), message, reader.GetInt32(6), Db.FromUnixMs(reader.GetInt64(7)), Db.FromUnixMs(reader.GetInt64(8))));
        }

        return items;
    }
}
