using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace NdrBot.Triage.Storage.Sqlite;

/// <summary>
/// SQLite in WAL mode: readers don't block the writer. Writers of this process queue on an in-process gate, then
/// take the database lock up front (BEGIN IMMEDIATE) and wait for other processes up to the busy timeout, so a
/// read-then-write never deadlocks on a lock upgrade. <paramref name="fullSync"/> chooses <c>synchronous=FULL</c>
/// (an fsync per commit) over <c>NORMAL</c> (fsync at checkpoints; a commit survives a killed process, and only an
/// OS crash or power loss can lose the last ones), see <see cref="TriageOptions.SqliteSynchronous"/>.
/// </summary>
internal sealed class SqliteDialect(string path, TimeSpan busyTimeout, bool fullSync = false) : IStoreDialect
{
    /// <summary>Distinct statement texts the writing connection keeps prepared; the store has a few dozen.</summary>
    public const int KeptStatements = 128;

    private readonly WriterGate writers = new();

    /// <summary>The writing connection; only touched by the writer holding <see cref="writers"/>.</summary>
    private KeptSqliteConnection? writer;

    /// <summary>The creation time of the file <see cref="writer"/> was opened on.</summary>
    private DateTime writerFile;

    private readonly ConditionalWeakTable<SQLitePCL.sqlite3, string> configured = new();

    private readonly string connectionPragmas =
        $"PRAGMA busy_timeout = {(long)busyTimeout.TotalMilliseconds}; PRAGMA foreign_keys = ON; PRAGMA synchronous = {(fullSync ? "FULL" : "NORMAL")}";

    private readonly string connectionString = new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = SqliteOpenMode.ReadWriteCreate,
        DefaultTimeout = (int)Math.Ceiling(busyTimeout.TotalSeconds),
        Pooling = true,
    }.ToString();

    public string Name => "sqlite";

    public IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public string LockRow => "";

    public string LockRowSkipLocked => "";

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await connection.ExecuteAsync(null, "PRAGMA journal_mode = WAL", cancellationToken);
    }

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => OpenAsync(new SqliteConnection(connectionString), cancellationToken);

    private async Task<DbConnection> OpenAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            await connection.OpenAsync(cancellationToken);

            // Note: the pragmas belong to the native connection, which the pool keeps open between uses; set them once
            // per native handle (keyed by the handle object, which a new native connection never shares).
            if (connection.Handle is not { } handle || !configured.TryGetValue(handle, out _))
            {
                await connection.ExecuteAsync(null, connectionPragmas, cancellationToken);
                if (connection.Handle is { } opened)
                {
                    configured.AddOrUpdate(opened, connectionPragmas);
                }
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public async ValueTask<WriterLease> EnterWriterAsync(CancellationToken cancellationToken)
    {
        var turn = await writers.EnterAsync(cancellationToken);
        try
        {
            // Note: a connection that was closed (or never opened) is replaced; SQLite recovers from statement errors on
            // the same connection, as the pool reused native connections after errors before. So is one whose file is no
            // longer the one at the path (deleted, or another moved into place, as a restored backup is): kept open, it
            // would go on writing into its unlinked file, each write answered as kept and lost, while new connections
            // read the path. The file is told by its creation time, read before opening, so a race only reopens.
            var file = FileIdentity();
            if (writer is not { State: ConnectionState.Open } || file != writerFile)
            {
                if (writer is not null)
                {
                    // Note: the pool would keep the native connections on the old file and hand one back to this open.
                    if (file != writerFile)
                    {
                        SqliteConnection.ClearPool(writer);
                    }

                    await writer.DisposeAsync();
                }

                writer = null;
                writer = (KeptSqliteConnection)await OpenAsync(new KeptSqliteConnection(connectionString, KeptStatements), cancellationToken);
                writerFile = file;
            }

            return new WriterLease(writer, turn, ownsConnection: false);
        }
        catch
        {
            await turn.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The creation time of the file at the path (1601-01-01 when there is none). When it cannot be read (the folder
    /// made unreadable to the service account) it is unknown, <see cref="DateTime.MinValue"/>: the writer is reopened
    /// and writes, or fails as a store error, where the reads do.
    /// </summary>
    private DateTime FileIdentity()
    {
        try
        {
            return File.GetCreationTimeUtc(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return DateTime.MinValue;
        }
    }

    // Note: Microsoft.Data.Sqlite begins IMMEDIATE for any isolation level but ReadUncommitted.
    public async Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);

    // The IMMEDIATE transaction already holds the only write lock.
    public Task LockKeyAsync(DbTransaction transaction, string key, CancellationToken cancellationToken) => Task.CompletedTask;

    // SQLITE_CONSTRAINT_PRIMARYKEY (1555) and SQLITE_CONSTRAINT_UNIQUE (2067).
    public bool IsUniqueViolation(DbException exception) =>
        exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 };

    public async ValueTask DisposeAsync()
    {
        if (writer is not null)
        {
            await writer.DisposeAsync();
            writer = null;
        }

        writers.Dispose();
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
