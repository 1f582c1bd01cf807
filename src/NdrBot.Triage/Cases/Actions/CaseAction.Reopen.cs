namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>Opens a resolved case again; the owner stays, the resolution is cleared (the history keeps it).</summary>
    public sealed record Reopen(string Actor) : CaseAction(Actor)
    {
        public override string Name => "reopen";

        internal override CaseDecision Decide(Case current) =>
            current.Status == CaseStatus.Open
                ? CaseDecision.Refuse(CaseVerb.Refused, "the case is open")
                : CaseDecision.Apply(CaseVerb.Reopened, null, current with { Status = CaseStatus.Open, Resolution = null });
    }
}
