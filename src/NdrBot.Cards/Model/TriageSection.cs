namespace NdrBot.Cards.Model;

/// <summary>What the triage buttons act on: the case id and version, and the case state when one exists.</summary>
public sealed record TriageSection(string CaseId, int Version, CaseView? Case = null)
{
    /// <summary>
    /// The verbs offered for the current state: claim, or take over and release; note; then resolve or reopen. A
    /// claimed case offers its owner Release and anyone else Take over; a shared card (Teams and Slack show one card to
    /// everyone) offers both, and the host answers each click by who clicked.
    /// </summary>
    public IReadOnlyList<CardVerb> Verbs => Case switch
    {
        { Status: CaseStatus.Resolved } => [CardVerb.Note, CardVerb.Reopen],
        { Owner: not null, ViewerOwnsIt: true } => [CardVerb.Release, CardVerb.Note, CardVerb.Resolve],
        { Owner: not null, ViewerOwnsIt: false } => [CardVerb.TakeOver, CardVerb.Note, CardVerb.Resolve],
        { Owner: not null } => [CardVerb.TakeOver, CardVerb.Release, CardVerb.Note, CardVerb.Resolve],
        _ => [CardVerb.Claim, CardVerb.Note, CardVerb.Resolve],
    };
}
