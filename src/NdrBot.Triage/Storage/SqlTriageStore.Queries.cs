using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadCaseAsync(connection, null, caseId, "", cancellationToken);
    }

    public Task<IReadOnlyList<Case>> ListOpenAsync(string conversation, CancellationToken cancellationToken = default) =>
        ListAsync("c.conversation = @key AND c.status = 'open'", conversation, cancellationToken);

    public Task<IReadOnlyList<Case>> ListByOwnerAsync(string owner, CancellationToken cancellationToken = default) =>
        ListAsync("c.owner = @key AND c.status = 'open'", owner, cancellationToken);

    public async Task<IReadOnlyList<CaseEvent>> HistoryAsync(string caseId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null, "SELECT case_id, seq, actor, verb, text, at FROM case_events WHERE case_id = @id ORDER BY seq", ("@id", caseId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var events = new List<CaseEvent>();
        while (await reader.ReadAsync(cancellationToken))
        {
            events.Add(new CaseEvent(
                reader.GetString(0), reader.GetInt32(1), reader.GetString(2), CaseVerbNames.Parse(reader.GetString(3)),
                reader.IsDBNull(4) ? null : reader.GetString(4), Db.FromUnixMs(reader.GetInt64(5))));
        }

        return events;
    }

    public async Task<IReadOnlyList<Note>> NotesAsync(string caseId, CancellationToken cancellationToken = default) =>
        (await HistoryAsync(caseId, cancellationToken))
            .Where(e => e.Verb == CaseVerb.Noted)
            .Select(e => new Note(e.CaseId, e.Actor, e.Text ?? "", e.At))
            .ToList();

    public async Task<CaseDigest> DigestAsync(string caseId, int lastNotes, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lastNotes);
        await using var connection = await database.OpenAsync(cancellationToken);
        // Note: seq runs 1, 2, 3… per case (AppendEventAsync, under the case's lock) and history is never deleted, so
        // the last seq is the count, read from the primary key instead of counting a history that grows by one row
        // per repeat. The notes come from ix_case_events_verb.
        var count = await connection.ScalarInt64Async(null, "SELECT COALESCE(MAX(seq), 0) FROM case_events WHERE case_id = @id", cancellationToken, ("@id", caseId));
        await using var command = connection.Command(
            null,
            "SELECT actor, text, at FROM case_events WHERE case_id = @id AND verb = @verb ORDER BY seq DESC LIMIT @max",
            ("@id", caseId), ("@verb", CaseVerb.Noted.ToName()), ("@max", lastNotes));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var notes = new List<Note>();
        while (await reader.ReadAsync(cancellationToken))
        {
            notes.Add(new Note(caseId, reader.GetString(0), reader.IsDBNull(1) ? "" : reader.GetString(1), Db.FromUnixMs(reader.GetInt64(2))));
        }

        notes.Reverse();
        return new CaseDigest((int)count, notes);
    }

    private async Task<IReadOnlyList<Case>> ListAsync(string where, string key, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.Command(
            null, $"SELECT {CaseRows.Columns} FROM cases c WHERE {where} ORDER BY c.created_at, c.id", ("@key", key));
        return await CaseRows.ReadAllAsync(command, cancellationToken);
    }
}
