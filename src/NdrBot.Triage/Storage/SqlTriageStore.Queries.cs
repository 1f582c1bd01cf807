using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadCaseAsync(connection, null, caseId, "", cancellationToken);
    }

    public async Task<Case?> FindAsync(CaseScope scope, string keyOrCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(keyOrCode);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "", ("@key", keyOrCode), ("@code", keyOrCode.ToUpperInvariant()));
        var conversations = command.InList("conv", scope.Keys);
        command.CommandText = $"""
            SELECT {CaseRows.Columns} FROM cases c
            WHERE c.conversation IN ({conversations}) AND (c.id = @key OR c.code = @code)
            ORDER BY c.created_at DESC LIMIT 1
            """;
        var rows = await CaseRows.ReadAllAsync(command, cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public Task<IReadOnlyList<Case>> ListOpenAsync(CaseScope scope, CancellationToken cancellationToken = default) =>
        ListAsync(scope, "c.status = 'open'", [], cancellationToken);

    public Task<IReadOnlyList<Case>> ListByOwnerAsync(CaseScope scope, IReadOnlyList<string> owners, CancellationToken cancellationToken = default) =>
        owners.Count == 0 ? Task.FromResult<IReadOnlyList<Case>>([]) : ListAsync(scope, "c.status = 'open'", owners, cancellationToken);

    public async Task<IReadOnlyList<CaseEvent>> HistoryAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null, "SELECT case_id, seq, actor, verb, text, at, actor_name FROM case_events WHERE case_id = @id ORDER BY seq", ("@id", caseId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<CaseEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new CaseEvent(
                reader.GetString(0), reader.GetInt32(1), reader.GetString(2), CaseVerbNames.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), Db.FromUnixMs(reader.GetInt64(5)))
            {
                ActorName = reader.IsDBNull(6) ? null : reader.GetString(6),
            });
        }

        return events;
    }

    public async Task<IReadOnlyList<Note>> NotesAsync(string caseId, CancellationToken cancellationToken = default) =>
        (await HistoryAsync(caseId, cancellationToken))
            .Where(e => e.Verb == CaseVerb.Noted)
            .Select(e => new Note(e.CaseId, e.ActorName ?? e.Actor, e.Text ?? "", e.At))
            .ToList();

    public async Task<CaseDigest> DigestAsync(string caseId, int lastNotes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastNotes);
        await using var connection = await database.OpenAsync(cancellationToken);
        // Note: seq runs 1, 2, 3… per case (AppendEventAsync, under the case's lock) and history is never deleted, so
        // the last seq is the count, read from the primary key instead of counting a history that grows by one row
        // per repeat. The notes come from ix_case_events_verb.
        var count = await connection.ScalarInt64Async(null, "SELECT COALESCE(MAX(seq), 0) FROM case_events WHERE case_id = @id", cancellationToken, ("@id", caseId));
        return new CaseDigest((int)count, await LastNotesAsync(connection, null, caseId, lastNotes, cancellationToken));
    }

    /// <summary>The case's last notes, oldest first, from ix_case_events_verb.</summary>
    private static async Task<List<Note>> LastNotesAsync(
        DbConnection connection, DbTransaction? transaction, string caseId, int lastNotes, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(
            transaction,
            "SELECT COALESCE(actor_name, actor), text, at FROM case_events WHERE case_id = @id AND verb = @verb ORDER BY seq DESC LIMIT @max",
            ("@id", caseId), ("@verb", CaseVerb.Noted.ToName()), ("@max", lastNotes));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notes = new List<Note>();
        while (await reader.ReadAsync(cancellationToken))
        {
            notes.Add(new Note(caseId, reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), Db.FromUnixMs(reader.GetInt64(2))));
        }

        notes.Reverse();
        return notes;
    }

    private async Task<IReadOnlyList<Case>> ListAsync(CaseScope scope, string where, IReadOnlyList<string> owners, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(null, "");
        var conversations = command.InList("conv", scope.Keys);
        var byOwner = owners.Count == 0 ? "" : $" AND c.owner IN ({command.InList("owner", owners)})";
        command.CommandText = $"SELECT {CaseRows.Columns} FROM cases c WHERE c.conversation IN ({conversations}) AND {where}{byOwner} ORDER BY c.created_at, c.id";
        return await CaseRows.ReadAllAsync(command, cancellationToken);
    }
}
