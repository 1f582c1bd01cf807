namespace NdrBot.Core.Bounces.Reasons;

/// <summary>Which rules of a <see cref="RuleIndex"/> one text matches; the text is read once, on the first question.</summary>
internal sealed class RuleHits(RuleIndex index, string lowerText)
{
    private (ulong Phrases, ulong Unless)? _plain;

    public bool IsEmpty => lowerText.Length == 0;

    /// <summary>A phrase of the rule occurs in the text and none of its veto phrases does.</summary>
    public bool Matches(PhraseRule rule)
    {
        var id = index.IdOf(rule);
        var (phrases, unless) = _plain ??= index.Scan(lowerText);
        if (((unless >> id) & 1) != 0 || index.GappedIn(id, lowerText, unless: true))
        {
            return false;
        }

        return ((phrases >> id) & 1) != 0 || index.GappedIn(id, lowerText, unless: false);
    }

    /// <summary>The lower-case text the rules are asked about.</summary>
    public string Text => lowerText;

    /// <summary>The first rule, in the given order, that matches; null when none does.</summary>
    public PhraseRule? First(PhraseRule[] rules)
    {
        if (IsEmpty)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (Matches(rule))
            {
                return rule;
            }
        }

        return null;
    }
}
