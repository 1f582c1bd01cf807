using NdrBot.Core.Bounces.Reasons.Data;

namespace NdrBot.Scoring;

/// <summary>A reasons document with some units of knowledge taken out (a rule left without phrases goes too).</summary>
internal static class DocumentEdits
{
    public static ReasonDocument Without(ReasonDocument document, IReadOnlySet<string> keys)
    {
        var rules = document.Rules
            .Select(r => r with
            {
                Phrases = [.. r.Phrases.Select(g => g with { Texts = [.. g.Texts.Where(t => !keys.Contains(RuleEvidence.Key(r.Id, t)))] })
                    .Where(g => g.Texts.Count > 0)],
            })
            .ToList();
        var emptied = rules.Where(r => r.Phrases.Count == 0).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);

        // Note: a required rule keeps one phrase nobody writes, so the document still validates.
        rules = [.. rules.Select(r => emptied.Contains(r.Id) && Required(r.Id) ? r with { Phrases = [new PhraseGroup { Source = r.Unless.Count > 0 ? r.Unless[0].Source : document.Sources[0].Id, Texts = ["\u0001"] }] } : r)
            .Where(r => !emptied.Contains(r.Id) || Required(r.Id))];
        emptied.RemoveWhere(Required);
        var used = rules.SelectMany(r => r.Phrases.Concat(r.Unless)).Select(g => g.Source).ToHashSet(StringComparer.Ordinal);
        return document with
        {
            Rules = rules,
            Order = [.. document.Order.Where(id => !emptied.Contains(id))],
            AddressOverrides = [.. document.AddressOverrides.Where(id => !emptied.Contains(id))],
            FilteredOverrides = [.. document.FilteredOverrides.Where(id => !emptied.Contains(id))],
            VendorRules = [.. document.VendorRules.Where(v => !keys.Contains("vendor:" + v.Id))],
            Sources = [.. document.Sources.Select(s => s with { Kind = s.Kind == "definition" || used.Contains(s.Id) ? s.Kind : "definition" })],
        };
    }

    private static bool Required(string id) => ReasonDocumentValidator.RequiredRules.Contains(id);
}
