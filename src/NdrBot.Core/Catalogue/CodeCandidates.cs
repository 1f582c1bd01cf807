using System.Buffers;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// The entries for one code, with every wire fragment of theirs in one <see cref="SearchValues{T}"/> (ignoring case):
/// one pass tells whether any fragment is in a text before the entries are compared one by one.
/// </summary>
internal sealed class CodeCandidates
{
    public CodeCandidates(CatalogueEntry[] entries)
    {
        Entries = entries;
        var fragments = entries.SelectMany(e => e.Match).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        AnyFragment = entries.Length > 1 && fragments.Length > 0 ? SearchValues.Create(fragments, StringComparison.OrdinalIgnoreCase) : null;
    }

    public CatalogueEntry[] Entries { get; }

    /// <summary>Null when no entry has a fragment, or there is only one entry (nothing to choose).</summary>
    public SearchValues<string>? AnyFragment { get; }

    /// <summary>False only when no entry's fragment can be in the text.</summary>
    public bool MayMatch(string text) => AnyFragment is not null && text.AsSpan().ContainsAny(AnyFragment);
}
