namespace NdrBot.Core.Catalogue;

/// <summary>
/// Why an entry was chosen by the words of a text: the provider code or wire fragment found, and which of the two.
/// A provider code names one entry; a fragment only describes it, so provider codes rank first.
/// </summary>
internal readonly record struct WordHit(CatalogueEntry Entry, string Words, bool IsProviderCode)
{
    /// <summary>The best hit of <paramref name="entry"/> in <paramref name="text"/>, or null when none of its words occur.</summary>
    public static WordHit? Find(CatalogueEntry entry, string text)
    {
        foreach (var code in entry.ProviderCodes)
        {
            if (ProviderCodeScanner.Contains(text, code))
            {
                return new WordHit(entry, code, true);
            }
        }

        string? longest = null;
        foreach (var fragment in entry.Match)
        {
            if ((longest is null || fragment.Length > longest.Length) && text.Contains(fragment, StringComparison.OrdinalIgnoreCase))
            {
                longest = fragment;
            }
        }

        return longest is null ? null : new WordHit(entry, longest, false);
    }
}
