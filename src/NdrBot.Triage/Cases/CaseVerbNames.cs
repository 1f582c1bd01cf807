namespace NdrBot.Triage.Cases;

/// <summary>The stored (kebab-case) names of <see cref="CaseVerb"/>; stable, since history rows keep them.</summary>
public static class CaseVerbNames
{
    private static readonly Dictionary<CaseVerb, string> Names = new()
    {
        [CaseVerb.Opened] = "opened",
        [CaseVerb.RepeatAttached] = "repeat-attached",
        [CaseVerb.Claimed] = "claimed",
        [CaseVerb.TookOver] = "took-over",
        [CaseVerb.Released] = "released",
        [CaseVerb.ClaimRefused] = "claim-refused",
        [CaseVerb.Noted] = "noted",
        [CaseVerb.Resolved] = "resolved",
        [CaseVerb.Reopened] = "reopened",
        [CaseVerb.ChecklistToggled] = "checklist-toggled",
        [CaseVerb.Refused] = "refused",
        [CaseVerb.StaleRefused] = "stale-refused",
    };

    private static readonly Dictionary<string, CaseVerb> Verbs =
        Names.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string ToName(this CaseVerb verb) => Names[verb];

    public static CaseVerb Parse(string name) =>
        Verbs.TryGetValue(name, out var verb) ? verb : throw new FormatException($"unknown case verb '{name}'");
}
