using System.Data.Common;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<ApplyResult> ApplyAsync(
        string caseId, int expectedVersion, CaseAction action, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        ArgumentNullException.ThrowIfNull(action);
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken);
        var current = await ReadCaseAsync(connection, transaction, caseId, Dialect.LockRow, cancellationToken);
        if (current is null)
        {
            return new ApplyResult.NotFound(caseId);
        }

        var now = time.GetUtcNow();
        var decision = action.DecideAt(current, expectedVersion);
        var after = current;
        if (decision.Updated is { } updated)
        {
            after = updated with { Version = current.Version + 1 };
            await SetStateAsync(connection, transaction, after, expectedVersion, cancellationToken);
        }

        var evt = await AppendEventAsync(connection, transaction, caseId, (action.Actor, action.ActorName), decision.Verb, decision.Text, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return decision switch
        {
            { Updated: not null } => new ApplyResult.Applied(after, evt),
            { Verb: CaseVerb.StaleRefused } => new ApplyResult.Stale(after, evt),
            _ => new ApplyResult.Refused(decision.Text ?? decision.Verb.ToName(), after, evt),
        };
    }

    /// <summary>The compare-and-set: writes the new state only while the row still has the expected version.</summary>
    private static async Task SetStateAsync(
        DbConnection connection, DbTransaction transaction, Case after, int expectedVersion, CancellationToken cancellationToken)
    {
        var rows = await connection.ExecuteAsync(
            transaction,
            """
            UPDATE cases SET status = @status, owner = @owner, owner_name = @ownerName, resolution = @resolution, checklist_done = @done, version = @version
            WHERE id = @id AND version = @expected
            """,
            cancellationToken,
            ("@status", CaseRows.StatusName(after.Status)), ("@owner", after.Owner), ("@ownerName", after.OwnerName), ("@resolution", after.Resolution),
            ("@done", CaseRows.ToJson(after.ChecklistDone.Order(StringComparer.Ordinal))), ("@version", after.Version),
            ("@id", after.Id), ("@expected", expectedVersion));

        // Note: the row is locked (FOR UPDATE, or SQLite's write lock), so losing the compare-and-set here means the
        // locking is broken; fail loudly rather than record a change that did not happen.
        if (rows != 1)
        {
            throw new InvalidOperationException($"case {after.Id} changed under its row lock (expected version {expectedVersion})");
        }
    }
}
