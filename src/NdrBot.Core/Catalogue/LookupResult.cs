namespace NdrBot.Core.Catalogue;

/// <summary>
/// The entry that explains a requested code. <see cref="Inferred"/> is true when no entry names the code itself
/// and a broader one (<see cref="InferredFrom"/>: <c>5.7.0</c>, <c>5.7.x</c>, <c>5.x.x</c>) answers instead.
/// </summary>
public sealed record LookupResult(string Requested, CatalogueEntry Entry, bool Inferred, string? InferredFrom)
{
    /// <summary>True when the entry documents a range (<c>5.7.606-5.7.649</c>) that contains the code.</summary>
    public bool ViaRange => Entry.Range is not null && Entry.Code != Requested;

    /// <summary>The provider code or wire fragment of the text that chose this entry; null when the code alone did.</summary>
    public string? MatchedBy { get; init; }
}
