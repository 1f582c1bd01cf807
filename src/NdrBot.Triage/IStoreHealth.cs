namespace NdrBot.Triage;

/// <summary>For <c>/readyz</c>: whether the store answers.</summary>
public interface IStoreHealth
{
    Task<bool> CanConnectAsync(CancellationToken cancellationToken = default);
}
