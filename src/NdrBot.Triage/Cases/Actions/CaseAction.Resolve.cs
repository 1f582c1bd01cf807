namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    public sealed record Resolve(string Actor, string? Resolution = null) : CaseAction(Actor)
    {
        public override string Name => "resolve";

        internal override CaseDecision Decide(Case current)
        {
            if (current.Status == CaseStatus.Resolved)
            {
                return CaseDecision.Refuse(CaseVerb.Refused, "already resolved");
            }

            var resolution = string.IsNullOrWhiteSpace(Resolution) ? null : Resolution.Trim();
            return CaseDecision.Apply(CaseVerb.Resolved, resolution, current with { Status = CaseStatus.Resolved, Resolution = resolution });
        }
    }
}
