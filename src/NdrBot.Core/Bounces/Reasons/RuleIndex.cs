using System.Runtime.InteropServices;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Every plain phrase (and veto phrase) of a fixed set of rules in one table, so one text is read once for all of them
/// instead of once per rule. Built once; immutable, so shared by every analysis.
/// </summary>
/// <remarks>
/// Note: the text is read four characters at a time: a hash of them is looked up in a bitmap of the phrases' first
/// four characters, and only on a hit are the phrases opening with exactly those four compared there. Every place in
/// the text is visited, so a rule matches exactly when one of its phrases occurs, as with one search per rule. (One
/// SearchValues over all 660 phrases fell back to a scalar Aho-Corasick automaton, slower than the table.) Phrases
/// shorter than four characters are searched on their own.
/// </remarks>
internal sealed class RuleIndex
{
    /// <summary>Every rule has one bit of a 64-bit mask.</summary>
    public const int MaxRules = 64;

    private const int KeyLength = 4;

    private readonly Dictionary<PhraseRule, int> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly ulong[] _bitmap = new ulong[1 << 10];
    private readonly Dictionary<ulong, (string Phrase, int Slot)[]> _byStart;
    private readonly (string Phrase, int Slot)[] _short;
    private readonly PhraseMatcher?[] _gapped;
    private readonly PhraseMatcher?[] _gappedUnless;

    public RuleIndex(IEnumerable<PhraseRule> rules)
    {
        var distinct = rules.Distinct(ReferenceEqualityComparer.Instance).Cast<PhraseRule>().ToArray();
        if (distinct.Length > MaxRules)
        {
            throw new ArgumentException($"at most {MaxRules} rules fit one index", nameof(rules));
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

        if (plain.Any(p => p.Phrase.Length == 0))
        {
            throw new ArgumentException("phrases may not be empty", nameof(rules));
        }

        _short = [.. plain.Where(p => p.Phrase.Length < KeyLength)];
        var keyed = plain.Where(p => p.Phrase.Length >= KeyLength).ToArray();
        _byStart = keyed.GroupBy(p => Pack(p.Phrase)).ToDictionary(g => g.Key, g => g.ToArray());
        foreach (var key in _byStart.Keys)
        {
            var bit = Hash(key);
            _bitmap[bit >> 6] |= 1UL << (bit & 63);
        }
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
        for (var at = 0; at + KeyLength <= text.Length; at++)
        {
            var key = Pack(text.Slice(at, KeyLength));
            var bit = Hash(key);
            if ((_bitmap[bit >> 6] & (1UL << (bit & 63))) == 0 || !_byStart.TryGetValue(key, out var candidates))
            {
                continue;
            }

            var rest = text[at..];
            foreach (var (phrase, slot) in candidates)
            {
                if (rest.StartsWith(phrase, StringComparison.Ordinal))
                {
                    Set(slot, ref phrases, ref unless);
                }
            }
        }

        foreach (var (phrase, slot) in _short)
        {
            if (text.Contains(phrase, StringComparison.Ordinal))
            {
                Set(slot, ref phrases, ref unless);
            }
        }

        return (phrases, unless);
    }

    private static void Set(int slot, ref ulong phrases, ref ulong unless)
    {
        if (slot < 64)
        {
            phrases |= 1UL << slot;
        }
        else
        {
            unless |= 1UL << (slot - 64);
        }
    }

    /// <summary>The first four characters, sixteen bits each.</summary>
    private static ulong Pack(ReadOnlySpan<char> text) =>
        MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(text[..KeyLength]));

    /// <summary>Sixteen bits of a packed key (Fibonacci hashing).</summary>
    private static int Hash(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> 48);

    private static bool IsPlain(string phrase) => !phrase.Contains('*', StringComparison.Ordinal);

    private static PhraseMatcher? Gapped(string[] phrases) =>
        phrases.Any(p => !IsPlain(p)) ? new PhraseMatcher(phrases.Where(p => !IsPlain(p))) : null;
}
