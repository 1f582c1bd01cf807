namespace NdrBot.Core.Catalogue;

/// <summary>The shape of <c>catalogue.json</c> as stored.</summary>
internal sealed record CatalogueDocument
{
    public IReadOnlyList<CatalogueEntry> Entries { get; init => field = value ?? []; } = [];

    public IReadOnlyList<Checklist> Checklists { get; init => field = value ?? []; } = [];
}
