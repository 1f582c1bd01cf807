using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

/// <summary>
/// The one store implementation: plain SQL that both providers run, with the dialect supplying connections, write
/// locks and the schema. Split by concern into <c>SqlTriageStore.*.cs</c>.
/// </summary>
internal sealed partial class SqlTriageStore(TriageDatabase database, TimeProvider time, TimeSpan repeatWindow)
    : ICaseStore, ISeenEventStore, ICardReferenceStore, IOutboxStore, ICaseChecksStore
{
    private IStoreDialect Dialect => database.Dialect;

    private static async Task<Case?> ReadCaseAsync(DbConnection connection, DbTransaction? transaction, string caseId, string lockSuffix, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, $"SELECT {CaseRows.Columns} FROM cases c WHERE c.id = @id{lockSuffix}", ("@id", caseId));
        var rows = await CaseRows.ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    /// <summary>
    /// Appends a history entry; the caller holds the case's row (or conversation) lock, so seq is free. The entry of a
    /// case inserted in this transaction (<paramref name="firstEntry"/>) is number 1 without asking.
    /// </summary>
    private static async Task<CaseEvent> AppendEventAsync(
        DbConnection connection, DbTransaction transaction, string caseId, (string Id, string? Name) actor, CaseVerb verb, string? text, DateTimeOffset at,
        CancellationToken cancellationToken, bool firstEntry = false)
    {
        var seq = firstEntry ? 1 : (int)await connection.ScalarInt64Async(
            transaction, "SELECT COALESCE(MAX(seq), 0) + 1 FROM case_events WHERE case_id = @id", cancellationToken, ("@id", caseId));
        await connection.ExecuteAsync(
            transaction,
            "INSERT INTO case_events (case_id, seq, actor, verb, text, at, actor_name) VALUES (@id, @seq, @actor, @verb, @text, @at, @name)",
            cancellationToken,
            ("@id", caseId), ("@seq", seq), ("@actor", actor.Id), ("@verb", verb.ToName()), ("@text", text), ("@at", at.ToUnixMs()), ("@name", actor.Name));
        return new CaseEvent(caseId, seq, actor.Id, verb, text, at) { ActorName = actor.Name };
    }
}
