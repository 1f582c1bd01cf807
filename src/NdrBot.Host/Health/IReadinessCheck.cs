namespace NdrBot.Host.Health;

/// <summary>One thing <c>/readyz</c> waits for. The catalogue is one; the case store joins with triage.</summary>
public interface IReadinessCheck
{
    string Name { get; }

    Task<bool> IsReadyAsync(CancellationToken cancellationToken = default);
}
