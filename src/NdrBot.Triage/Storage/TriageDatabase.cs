using System.Data.Common;

namespace NdrBot.Triage.Storage;

/// <summary>
/// The database the store talks to: migrated once per process before first use (or at start, through
/// <see cref="TriageStartup"/>). A failed migration is retried on the next call rather than remembered.
/// </summary>
internal sealed class TriageDatabase(IStoreDialect dialect, TimeProvider time) : IStoreHealth, IAsyncDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private volatile bool ready;

    public IStoreDialect Dialect => dialect;

    public async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        if (ready)
        {
            return;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (!ready)
            {
                await new Migrator(dialect, time).MigrateAsync(cancellationToken);
                ready = true;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return await dialect.OpenAsync(cancellationToken);
    }

    /// <summary>This process's turn to write (see <see cref="IStoreDialect.EnterWriterAsync"/>), once the store is migrated.</summary>
    public async ValueTask<WriterLease> EnterWriterAsync(CancellationToken cancellationToken)
    {
        await EnsureReadyAsync(cancellationToken);
        return await dialect.EnterWriterAsync(cancellationToken);
    }

    public async Task<bool> CanConnectAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await dialect.OpenAsync(cancellationToken);
            return await connection.ScalarInt64Async(null, "SELECT 1", cancellationToken) == 1;
        }
        catch (DbException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        gate.Dispose();
        await dialect.DisposeAsync();
    }
}
