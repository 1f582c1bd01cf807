using System.Data;
using System.Data.Common;
using Npgsql;

namespace NdrBot.Triage.Storage.Postgres;

/// <summary>
/// PostgreSQL, shared by every replica. Rows about to change are locked with <c>FOR UPDATE</c>; writers that must
/// not race on rows that don't exist yet (opening a case, migrating) take a transaction-scoped advisory lock on a key
/// that includes the current schema, so tests in separate schemas don't wait on each other.
/// </summary>
internal sealed class PostgresDialect(string connectionString) : IStoreDialect
{
    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public string Name => "postgres";

    public IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public string LockRow => " FOR UPDATE";

    public string LockRowSkipLocked => " FOR UPDATE SKIP LOCKED";

    public Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>
    /// A pooled connection checked with one round trip first. After PostgreSQL restarts, every idle pooled connection
    /// points at the old server and fails on first use (57P01, or a reset socket); the first such failure clears the
    /// whole pool, so one dead connection costs a reconnect, not a failed request per pooled connection.
    /// </summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var ping = new NpgsqlCommand("SELECT 1", connection);
            await ping.ExecuteScalarAsync(cancellationToken);
            return connection;
        }
        catch (Exception ex) when (ex is NpgsqlException or IOException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            await connection.DisposeAsync();
            dataSource.Clear();
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
    }

    public async ValueTask<WriterLease> EnterWriterAsync(CancellationToken cancellationToken) =>
        new(await OpenAsync(cancellationToken), WriterGate.Free, ownsConnection: true);

    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken);

    public async Task LockKeyAsync(DbTransaction transaction, string key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        await transaction.Connection!.ExecuteAsync(
            transaction,
            "SELECT pg_advisory_xact_lock(hashtextextended('ndrbot-triage:' || current_schema() || ':' || @key, 0))",
            cancellationToken,
            ("@key", key));
    }

    public bool IsUniqueViolation(DbException exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
