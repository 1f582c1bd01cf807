using NdrBot.Core.Catalogue;

namespace NdrBot.Host.Health;

/// <summary>Ready once the embedded catalogue has loaded (loading validates it).</summary>
internal sealed class CatalogueReadinessCheck(CodeCatalogue catalogue) : IReadinessCheck
{
    public string Name => "catalogue";

    public Task<bool> IsReadyAsync(CancellationToken cancellationToken = default) => Task.FromResult(catalogue.Entries.Count > 0);
}
