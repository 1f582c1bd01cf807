using System.Data.Common;

namespace NdrBot.Triage.Storage;

/// <summary>What differs between SQLite and PostgreSQL: connecting, write locking, and the schema steps.</summary>
internal interface IStoreDialect : IAsyncDisposable
{
    string Name { get; }

    IReadOnlyList<Migration> Migrations { get; }

    /// <summary>Appended to a SELECT of a row about to change: <c>FOR UPDATE</c> on PostgreSQL.</summary>
    string LockRow { get; }

    /// <summary>Appended to a SELECT of queue rows: <c>FOR UPDATE SKIP LOCKED</c> on PostgreSQL.</summary>
    string LockRowSkipLocked { get; }

    /// <summary>Anything needed once before migrating (the SQLite folder and WAL mode).</summary>
    Task PrepareAsync(CancellationToken cancellationToken);

    Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Waits for this process's turn to write and gives the connection to write on: SQLite has one writer, and writers
    /// that queue here wait without polling instead of in SQLite's busy handler (which sleeps 1–100 ms per try); they
    /// all write on one kept connection. Dispose the lease when the write is committed. PostgreSQL locks rows itself,
    /// so its turn comes at once, on a pooled connection for this write.
    /// </summary>
    ValueTask<WriterLease> EnterWriterAsync(CancellationToken cancellationToken);

    /// <summary>A transaction that writes; on SQLite it takes the write lock up front (BEGIN IMMEDIATE).</summary>
    Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken);

    /// <summary>Serialises writers on a named key until the transaction ends (an advisory lock on PostgreSQL).</summary>
    Task LockKeyAsync(DbTransaction transaction, string key, CancellationToken cancellationToken);

    bool IsUniqueViolation(DbException exception);
}
