using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Bounces.Reasons.Data;
using NdrBot.Core.Tests.Bounces.Scoring;

namespace NdrBot.Scoring;

/// <summary>
/// Which public sample files each unit of knowledge decided a reason for: a phrase counts for a finding when its rule
/// decided the finding's reason and the phrase occurs in the text the rule matched; a vendor rule when it decided.
/// </summary>
internal sealed class RuleEvidence
{
    private readonly Dictionary<string, HashSet<string>> _files = new(StringComparer.Ordinal);

    public RuleEvidence(ReasonDocument document, IReadOnlyDictionary<string, BounceReport> reports)
    {
        Units = Enumerate(document).ToDictionary(u => u.Key, StringComparer.Ordinal);
        var matchers = Units.Values.Where(u => u.Phrase is not null)
            .ToDictionary(u => u.Key, u => new PhraseMatcher([u.Phrase!]), StringComparer.Ordinal);
        foreach (var (file, report) in reports)
        {
            foreach (var decision in report.Recipients.Select(r => r.Decision).OfType<ReasonDecision>())
            {
                foreach (var key in Deciding(decision, matchers))
                {
                    (_files.TryGetValue(key, out var set) ? set : _files[key] = new HashSet<string>(StringComparer.Ordinal)).Add(file);
                }
            }
        }
    }

    public IReadOnlyDictionary<string, RuleUnit> Units { get; }

    /// <summary>The sample files a unit decided a reason for (empty when it decided none).</summary>
    public IReadOnlySet<string> FilesOf(string key) => _files.TryGetValue(key, out var set) ? set : new HashSet<string>();

    public IReadOnlySet<string> FamiliesOf(string key) => FilesOf(key).Select(Families.Of).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> Deciding(ReasonDecision decision, Dictionary<string, PhraseMatcher> matchers)
    {
        foreach (var part in decision.By.Split('+'))
        {
            if (part.StartsWith("vendor:", StringComparison.Ordinal))
            {
                yield return part;
            }
        }

        if (decision.Rule is not { } rule || decision.Text is not { } text)
        {
            yield break;
        }

        foreach (var phrase in rule.Phrases)
        {
            var key = Key(rule.Id, phrase);
            if (matchers.TryGetValue(key, out var matcher) && matcher.AnyIn(text))
            {
                yield return key;
            }
        }
    }

    public static string Key(string ruleId, string phrase) => $"rule:{ruleId}/{phrase}";

    private static IEnumerable<RuleUnit> Enumerate(ReasonDocument document)
    {
        var kinds = document.Sources.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
        foreach (var rule in document.Rules)
        {
            foreach (var phrase in rule.Phrases.SelectMany(g => g.Texts).Distinct(StringComparer.Ordinal))
            {
                var sourceKinds = rule.Phrases.Where(g => g.Texts.Contains(phrase)).Select(g => kinds[g.Source]).Distinct().ToList();
                yield return new RuleUnit(Key(rule.Id, phrase), rule.Id, phrase, null, sourceKinds);
            }
        }

        foreach (var vendor in document.VendorRules)
        {
            yield return new RuleUnit("vendor:" + vendor.Id, null, null, vendor.Id, [kinds[vendor.Source]]);
        }
    }
}
