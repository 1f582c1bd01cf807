using System.Text.Json;

namespace NdrBot.Triage.Storage;

internal sealed partial class SqlTriageStore
{
    public async Task<bool> SaveChecksAsync(string caseId, JsonElement checks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(caseId);
        await using var writer = await database.EnterWriterAsync(cancellationToken);
        var connection = writer.Connection;
        await using var transaction = await Dialect.BeginWriteAsync(connection, cancellationToken);
        string? details;
        await using (var read = connection.Command(transaction, $"SELECT details FROM cases WHERE id = @id{Dialect.LockRow}", ("@id", caseId)))
        {
            details = await read.ExecuteScalarAsync(cancellationToken) as string;
        }

        if (details is null || CaseDetailsJson.WithChecks(details, checks) is not { } updated)
        {
            return false;
        }

        await connection.ExecuteAsync(transaction, "UPDATE cases SET details = @details WHERE id = @id", cancellationToken, ("@details", updated), ("@id", caseId));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
