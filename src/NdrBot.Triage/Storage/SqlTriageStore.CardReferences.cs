using NdrBot.Triage.Delivery;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task SaveCardReferenceAsync(CardReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await connection.ExecuteAsync(
            null,
            """
            INSERT INTO card_references (case_id, channel, conversation_id, service_url, message_id, updated_at)
            VALUES (@id, @channel, @conversation, @url, @message, @at)
            ON CONFLICT (case_id) DO UPDATE SET channel = excluded.channel, conversation_id = excluded.conversation_id,
                service_url = excluded.service_url, message_id = excluded.message_id, updated_at = excluded.updated_at
            """,
            cancellationToken,
            ("@id", reference.CaseId), ("@channel", reference.Channel), ("@conversation", reference.ConversationId),
            ("@url", reference.ServiceUrl), ("@message", reference.MessageId), ("@at", time.GetUtcNow().ToUnixMs()));
    }

    public async Task<CardReference?> GetCardReferenceAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null, "SELECT channel, conversation_id, service_url, message_id FROM card_references WHERE case_id = @id", ("@id", caseId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new CardReference(
            caseId, reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3));
    }
}
