using NdrBot.Triage;

namespace NdrBot.Host.Health;

/// <summary>Ready while the case store answers (SQLite file opens, or PostgreSQL accepts a connection).</summary>
internal sealed class StoreReadinessCheck(IStoreHealth store) : IReadinessCheck
{
    public string Name => "store";

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => store.CanConnectAsync(cancellationToken);
}
