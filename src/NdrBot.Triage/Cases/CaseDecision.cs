namespace NdrBot.Triage.Cases;

/// <summary>
/// What an action does to a case: <see cref="Updated"/> is the new state (version not yet bumped) when it applies,
/// null when refused. Either way <see cref="Verb"/> and <see cref="Text"/> become the history entry.
/// </summary>
internal sealed record CaseDecision(CaseVerb Verb, string? Text, Case? Updated)
{
    public static CaseDecision Apply(CaseVerb verb, string? text, Case updated) => new(verb, text, updated);

    public static CaseDecision Refuse(CaseVerb verb, string reason) => new(verb, reason, null);
}
