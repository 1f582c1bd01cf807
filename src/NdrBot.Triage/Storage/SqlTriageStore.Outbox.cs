using System.Data.Common;
using NdrBot.Triage.Delivery;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<long> EnqueueOutboxAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow().ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ScalarInt64Async(
            null,
            """
            INSERT INTO outbox (channel, conversation_id, kind, payload, case_id, created_at, next_attempt_at, attempts)
            VALUES (@channel, @conversation, @kind, @payload, @case, @now, @now, 0) RETURNING id
            """,
            cancellationToken,
            ("@channel", ChannelName(message.Channel)), ("@conversation", message.ConversationId), ("@kind", message.Kind),
            ("@payload", message.Payload), ("@case", message.CaseId), ("@now", now));
    }

    public async Task<IReadOnlyList<OutboxItem>> DequeueDueOutboxAsync(int max, TimeSpan lease, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(max);
        var now = time.GetUtcNow();
        var leasedUntil = (now + lease).ToUnixMs();
        await using var connection = await database.OpenAsync(cancellationToken);
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
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            null, "UPDATE outbox SET done_at = @now WHERE id = @id", cancellationToken, ("@now", time.GetUtcNow().ToUnixMs()), ("@id", id));
    }

    private async Task<List<OutboxItem>> ReadDueAsync(DbConnection connection, DbTransaction transaction, long now, int max, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            $"""
            SELECT id, channel, conversation_id, kind, payload, case_id, attempts, created_at, next_attempt_at FROM outbox
            WHERE done_at IS NULL AND next_attempt_at <= @now ORDER BY next_attempt_at, id LIMIT @max{Dialect.LockRowSkipLocked}
            """,
            ("@now", now), ("@max", max));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<OutboxItem>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = new OutboxMessage(
                ParseChannel(reader.GetString(1)), reader.GetString(2), reader.GetString(3), reader.GetString(4), reader.IsDBNull(5) ? null : reader.GetString(5));
            items.Add(new OutboxItem(reader.GetInt64(0), message, reader.GetInt32(6), Db.FromUnixMs(reader.GetInt64(7)), Db.FromUnixMs(reader.GetInt64(8))));
        }

        return items;
    }
}
