namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>The owner hands the case back, so anyone can claim it; nobody else can release it for them.</summary>
    public sealed record Release(string Actor) : CaseAction(Actor)
    {
        public override string Name => "release";

        internal override CaseDecision Decide(Case current) => current switch
        {
            { Status: CaseStatus.Resolved } => CaseDecision.Refuse(CaseVerb.Refused, "the case is resolved"),
            { Owner: null } => CaseDecision.Refuse(CaseVerb.Refused, "nobody has it"),
            { Owner: var owner } when Is(owner) => CaseDecision.Apply(CaseVerb.Released, null, current with { Owner = null, OwnerName = null }),
            _ => CaseDecision.Refuse(CaseVerb.Refused, $"only {current.OwnerName ?? current.Owner} can release it"),
        };
    }
}
