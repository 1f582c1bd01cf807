using System.Data.Common;

namespace NdrBot.Triage.Storage;

/// <summary>
/// A writer's turn (<see cref="IStoreDialect.EnterWriterAsync"/>) and the connection to write on. Disposing it ends
/// the turn, and closes the connection when the lease opened it for this write alone.
/// </summary>
internal sealed class WriterLease(DbConnection connection, IAsyncDisposable turn, bool ownsConnection) : IAsyncDisposable
{
    public DbConnection Connection { get; } = connection;

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (ownsConnection)
            {
                await Connection.DisposeAsync();
            }
        }
        finally
        {
            await turn.DisposeAsync();
        }
    }
}
