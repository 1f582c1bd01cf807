using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Phrases prepared once: the plain ones searched together in one pass, the ones with <c>*</c> split into parts
/// up front. A phrase with <c>*</c> matches when its parts occur in order, each within 200 characters of the last.
/// </summary>
internal sealed class PhraseMatcher
{
    private const int MaxGap = 200;

    private readonly PhraseSet _plain;
    private readonly string[][] _gapped;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        var all = phrases.ToArray();
        _plain = new PhraseSet([.. all.Where(p => !p.Contains('*', StringComparison.Ordinal))]);
        _gapped = [.. all.Where(p => p.Contains('*', StringComparison.Ordinal)).Select(p => p.Split('*'))];
    }

    public bool AnyIn(string lowerText)
    {
        if (_plain.In(lowerText))
        {
            return true;
        }

        foreach (var parts in _gapped)
        {
            if (Matches(lowerText, parts))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(string lowerText, string[] parts)
    {
        var at = lowerText.IndexOf(parts[0], StringComparison.Ordinal);
        while (at >= 0)
        {
            if (RestMatches(lowerText, parts, at + parts[0].Length))
            {
                return true;
            }

            at = lowerText.IndexOf(parts[0], at + 1, StringComparison.Ordinal);
        }

        return false;
    }

    private static bool RestMatches(string text, string[] parts, int from)
    {
        for (var i = 1; i < parts.Length; i++)
        {
            var window = Math.Min(MaxGap + parts[i].Length, text.Length - from);
            var next = window <= 0 ? -1 : text.IndexOf(parts[i], from, window, StringComparison.Ordinal);
            if (next < 0)
            {
                return false;
            }

            from = next + parts[i].Length;
        }

        return true;
    }
}
