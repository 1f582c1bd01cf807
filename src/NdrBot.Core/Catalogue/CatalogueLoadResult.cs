namespace NdrBot.Core.Catalogue;

public sealed record CatalogueLoadResult(CodeCatalogue? Catalogue, IReadOnlyList<string> Errors);
