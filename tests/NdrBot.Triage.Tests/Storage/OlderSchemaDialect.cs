using System.Data.Common;
using NdrBot.Triage.Storage;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>
/// A dialect that knows the schema steps up to <paramref name="upTo"/> only: migrating with it leaves a database as an
/// older NdrBot did, so a test can write rows the way that version wrote them and see the current store read them.
/// Disposing it leaves the inner dialect open.
/// </summary>
internal sealed class OlderSchemaDialect(IStoreDialect inner, int upTo) : IStoreDialect
{
    public string Name => inner.Name;

    public IReadOnlyList<Migration> Migrations { get; } = [.. inner.Migrations.Where(m => m.Version <= upTo)];

    public string LockRow => inner.LockRow;

    public string LockRowSkipLocked => inner.LockRowSkipLocked;

    public Task PrepareAsync(CancellationToken cancellationToken) => inner.PrepareAsync(cancellationToken);

    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    public ValueTask<WriterLease> EnterWriterAsync(CancellationToken cancellationToken) => inner.EnterWriterAsync(cancellationToken);

    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) => inner.BeginWriteAsync(connection, cancellationToken);

    public Task LockKeyAsync(DbTransaction transaction, string key, CancellationToken cancellationToken) => inner.LockKeyAsync(transaction, key, cancellationToken);

    public bool IsUniqueViolation(DbException exception) => inner.IsUniqueViolation(exception);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
