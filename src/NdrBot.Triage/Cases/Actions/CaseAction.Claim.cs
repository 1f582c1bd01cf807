namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>Sets the owner when nobody has the case; a second claimer is refused and told who has it.</summary>
    public sealed record Claim(string Actor) : CaseAction(Actor)
    {
        public override string Name => "claim";

        internal override CaseDecision Decide(Case current) => current switch
        {
            { Status: CaseStatus.Resolved } => CaseDecision.Refuse(CaseVerb.ClaimRefused, "the case is resolved"),
            { Owner: null } => CaseDecision.Apply(CaseVerb.Claimed, null, current with { Owner = Actor, OwnerName = ActorName }),
            { Owner: var owner } when Is(owner) => CaseDecision.Refuse(CaseVerb.ClaimRefused, "already yours"),
            _ => CaseDecision.Refuse(CaseVerb.ClaimRefused, $"claimed by {current.OwnerName ?? current.Owner}"),
        };
    }
}
