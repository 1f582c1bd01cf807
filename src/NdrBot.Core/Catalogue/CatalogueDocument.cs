namespace NdrBot.Core.Catalogue;

/// <summary>The shape of <c>catalogue.json</c> as stored.</summary>
internal sealed record CatalogueDocument
{
    public IReadOnlyList<CatalogueEntry> Entries { get; init; } = [];

    public IReadOnlyList<Checklist> Checklists { get; init; } = [];
}
