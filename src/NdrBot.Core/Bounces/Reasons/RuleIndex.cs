using System.Buffers;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Every plain phrase (and veto phrase) of a fixed set of rules in one <see cref="SearchValues{T}"/>, so one text is
/// read once for all of them instead of once per rule. Built once; immutable, so shared by every analysis.
/// </summary>
/// <remarks>
/// Note: the search only tells where some phrase starts; the phrases sharing the two characters there are then
/// compared at that place. Every start of every phrase is visited (the search resumes one character later), so a rule
/// matches exactly when one of its phrases occurs, as with one search per rule.
/// </remarks>
internal sealed class RuleIndex
{
    private readonly Dictionary<PhraseRule, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly SearchValues<string> _any;
    private readonly Dictionary<int, (string Phrase, int Slot)[]> _byStart;
    private readonly PhraseMatcher?[] _gapped;
    private readonly PhraseMatcher?[] _gappedUnless;

    public RuleIndex(IEnumerable<PhraseRule> rules)
    {
        var distinct = rules.Distinct(ReferenceEqualityComparer.Instance).Cast<PhraseRule>().ToArray();
        if (distinct.Length > 64)
        {
            throw new ArgumentException("at most 64 rules fit one index", nameof(rules));
        }

        var plain = new List<(string Phrase, int Slot)>();
        _gapped = new PhraseMatcher?[distinct.Length];
        _gappedUnless = new PhraseMatcher?[distinct.Length];
        for (var id = 0; id < distinct.Length; id++)
        {
            var rule = distinct[id];
            _ids[rule] = id;
            plain.AddRange(rule.Phrases.Where(IsPlain).Select(p => (p, id)));
            plain.AddRange(rule.Unless.Where(IsPlain).Select(p => (p, id + 64)));
            _gapped[id] = Gapped(rule.Phrases);
            _gappedUnless[id] = Gapped(rule.Unless);
        }

        if (plain.Any(p => p.Phrase.Length < 2))
        {
            throw new ArgumentException("phrases need at least two characters", nameof(rules));
        }

        _any = SearchValues.Create([.. plain.Select(p => p.Phrase).Distinct(StringComparer.Ordinal)], StringComparison.Ordinal);
        _byStart = plain.GroupBy(p => Key(p.Phrase)).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The rules' answers for one lower-case text; the text is read on the first question.</summary>
    public RuleHits For(string lowerText) => new(this, lowerText);

    internal int IdOf(PhraseRule rule) =>
        _ids.TryGetValue(rule, out var id) ? id : throw new ArgumentException($"rule {rule.Reason} is not in this index", nameof(rule));

    internal bool GappedIn(int id, string lowerText, bool unless) =>
        (unless ? _gappedUnless[id] : _gapped[id])?.AnyIn(lowerText) == true;

    /// <summary>Bits of the rules with a plain phrase in the text: the low word for phrases, the high for vetoes.</summary>
    internal (ulong Phrases, ulong Unless) Scan(string lowerText)
    {
        ulong phrases = 0, unless = 0;
        var text = lowerText.AsSpan();
        for (var at = text.IndexOfAny(_any); at >= 0;)
        {
            var rest = text[at..];
            if (rest.Length >= 2 && _byStart.TryGetValue(Key(rest), out var candidates))
            {
                foreach (var (phrase, slot) in candidates)
                {
                    if (!rest.StartsWith(phrase, StringComparison.Ordinal))
                    {
                        continue;
                    }

                    if (slot < 64)
                    {
                        phrases |= 1UL << slot;
                    }
                    else
                    {
                        unless |= 1UL << (slot - 64);
                    }
                }
            }

            var next = text[(at + 1)..].IndexOfAny(_any);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return (phrases, unless);
    }

    private static bool IsPlain(string phrase) => !phrase.Contains('*', StringComparison.Ordinal);

    private static PhraseMatcher? Gapped(string[] phrases) =>
        phrases.Any(p => !IsPlain(p)) ? new PhraseMatcher(phrases.Where(p => !IsPlain(p))) : null;

    private static int Key(ReadOnlySpan<char> text) => (text[0] << 16) | text[1];
}
