using System.Buffers;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// A set of entries (those for one code, or every entry with words) with all their wire fragments and provider
/// codes in one <see cref="SearchValues{T}"/> (ignoring case): one pass tells whether any of them is in a text before
/// the entries are compared one by one.
/// </summary>
internal sealed class CodeCandidates
{
    public CodeCandidates(CatalogueEntry[] entries, bool evenForOne = false)
    {
        Entries = entries;
        var words = entries.SelectMany(e => e.Match.Concat(e.ProviderCodes)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        AnyFragment = (entries.Length > 1 || evenForOne) && words.Length > 0 ? SearchValues.Create(words, StringComparison.OrdinalIgnoreCase) : null;
    }

    public CatalogueEntry[] Entries { get; }

    /// <summary>Null when no entry has words, or there is only one entry (nothing to choose) unless asked otherwise.</summary>
    public SearchValues<string>? AnyFragment { get; }

    /// <summary>False only when no entry's words can be in the text.</summary>
    public bool MayMatch(string text) => AnyFragment is not null && text.AsSpan().ContainsAny(AnyFragment);
}
