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
            { Owner: var owner } when owner == Actor => CaseDecision.Apply(CaseVerb.Released, null, current with { Owner = null }),
            _ => CaseDecision.Refuse(CaseVerb.Refused, $"only {current.Owner} can release it"),
        };
    }
}
