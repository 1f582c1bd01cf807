namespace NdrBot.Cards.Model;

/// <summary>What the triage buttons act on: the case id and version, and the case state when one exists.</summary>
public sealed record TriageSection(string CaseId, int Version, CaseView? Case = null)
{
    /// <summary>The verbs offered for the current state: claim or take over, note, then resolve or reopen.</summary>
    public IReadOnlyList<CardVerb> Verbs => Case switch
    {
        { Status: CaseStatus.Resolved } => [CardVerb.Note, CardVerb.Reopen],
        { Owner: not null } => [CardVerb.TakeOver, CardVerb.Note, CardVerb.Resolve],
        _ => [CardVerb.Claim, CardVerb.Note, CardVerb.Resolve],
    };
}
