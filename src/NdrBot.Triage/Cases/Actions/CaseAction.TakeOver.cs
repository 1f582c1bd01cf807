namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>An explicit claim over the current owner, after the claimer was told who has the case.</summary>
    public sealed record TakeOver(string Actor) : CaseAction(Actor)
    {
        public override string Name => "take-over";

        internal override CaseDecision Decide(Case current) => current switch
        {
            { Status: CaseStatus.Resolved } => CaseDecision.Refuse(CaseVerb.Refused, "the case is resolved"),
            { Owner: var owner } when Is(owner) => CaseDecision.Refuse(CaseVerb.Refused, "already yours"),
            { Owner: null } => CaseDecision.Apply(CaseVerb.Claimed, null, current with { Owner = Actor, OwnerName = ActorName }),
            _ => CaseDecision.Apply(CaseVerb.TookOver, $"from {current.OwnerName ?? current.Owner}", current with { Owner = Actor, OwnerName = ActorName }),
        };
    }
}
