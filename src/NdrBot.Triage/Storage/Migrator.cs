using System.Data.Common;

namespace NdrBot.Triage.Storage;

/// <summary>
/// Applies the dialect's schema steps that <c>schema_version</c> does not list yet, all in one transaction under a
/// lock, so a second run changes nothing and two processes starting at once apply each step once.
/// </summary>
internal sealed class Migrator(IStoreDialect dialect, TimeProvider time)
{
    private const string CreateVersionTable = """
        CREATE TABLE IF NOT EXISTS schema_version (
            version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at BIGINT NOT NULL)
        """;

    /// <summary>Returns the versions applied by this call (empty when the schema was current).</summary>
    public async Task<IReadOnlyList<int>> MigrateAsync(CancellationToken cancellationToken)
    {
        await dialect.PrepareAsync(cancellationToken);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var transaction = await dialect.BeginWriteAsync(connection, cancellationToken);
        await dialect.LockKeyAsync(transaction, "migrations", cancellationToken);
        await connection.ExecuteAsync(transaction, CreateVersionTable, cancellationToken);
        var applied = await AppliedAsync(connection, transaction, cancellationToken);
        var done = new List<int>();
        foreach (var step in dialect.Migrations.Where(m => !applied.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await connection.ExecuteAsync(transaction, step.Sql, cancellationToken);
            await connection.ExecuteAsync(
                transaction,
                "INSERT INTO schema_version (version, description, applied_at) VALUES (@v, @d, @at)",
                cancellationToken,
                ("@v", step.Version), ("@d", step.Description), ("@at", time.GetUtcNow().ToUnixMs()));
            done.Add(step.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return done;
    }

    public static async Task<HashSet<int>> AppliedAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.Command(transaction, "SELECT version FROM schema_version");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }
}
