namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// A reason and the lower-case phrases that show it. A <c>*</c> in a phrase stands for any text on the way
/// (<c>user * does not exist</c>); parts must occur in order, within 200 characters of each other.
/// </summary>
internal sealed record PhraseRule(string Reason, string[] Phrases)
{
    /// <summary>Phrases that veto the rule even when one of <see cref="Phrases"/> occurs.</summary>
    public string[] Unless { get; init; } = [];

    private const int MaxGap = 200;

    public bool Matches(string lowerText)
    {
        foreach (var veto in Unless)
        {
            if (Matches(lowerText, veto))
            {
                return false;
            }
        }

        foreach (var phrase in Phrases)
        {
            if (Matches(lowerText, phrase))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Matches(string lowerText, string phrase)
    {
        if (!phrase.Contains('*', StringComparison.Ordinal))
        {
            return lowerText.Contains(phrase, StringComparison.Ordinal);
        }

        var parts = phrase.Split('*');
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
