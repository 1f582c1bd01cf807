using System.Buffers;

namespace NdrBot.Core.Text;

/// <summary>
/// A fixed list of phrases searched all at once: one vectorised pass over the text (<see cref="SearchValues{T}"/>)
/// instead of one <c>Contains</c> per phrase. Ordinal by default; the phrases are compared as written.
/// </summary>
internal sealed class PhraseSet
{
    private readonly SearchValues<string>? _values;

    public PhraseSet(IReadOnlyCollection<string> phrases, StringComparison comparison = StringComparison.Ordinal)
    {
        _values = phrases.Count == 0 ? null : SearchValues.Create([.. phrases], comparison);
    }

    /// <summary>Where the first phrase (any of them) starts, or -1.</summary>
    public int IndexIn(ReadOnlySpan<char> text) => _values is null ? -1 : text.IndexOfAny(_values);

    public bool In(ReadOnlySpan<char> text) => IndexIn(text) >= 0;
}
