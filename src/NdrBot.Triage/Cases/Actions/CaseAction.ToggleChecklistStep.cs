namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>Ticks or unticks one step of the checklist the case carries.</summary>
    public sealed record ToggleChecklistStep(string Actor, string StepId) : CaseAction(Actor)
    {
        public override string Name => "checklist toggle";

        internal override CaseDecision Decide(Case current)
        {
            if (current.ChecklistId is null)
            {
                return CaseDecision.Refuse(CaseVerb.Refused, "the case carries no checklist");
            }

            if (string.IsNullOrWhiteSpace(StepId))
            {
                return CaseDecision.Refuse(CaseVerb.Refused, "no checklist step given");
            }

            var done = new HashSet<string>(current.ChecklistDone, StringComparer.Ordinal);
            var ticked = !done.Remove(StepId);
            if (ticked)
            {
                done.Add(StepId);
            }

            var text = ticked ? $"{StepId} done" : $"{StepId} not done";
            return CaseDecision.Apply(CaseVerb.ChecklistToggled, text, current with { ChecklistDone = done });
        }
    }
}
