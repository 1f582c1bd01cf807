namespace NdrBot.Triage.Cases;

public abstract partial record CaseAction
{
    /// <summary>A note is allowed in any state; it changes the version because the card shows notes.</summary>
    public sealed record AddNote(string Actor, string Text) : CaseAction(Actor)
    {
        public override string Name => "note";

        internal override CaseDecision Decide(Case current) =>
            string.IsNullOrWhiteSpace(Text)
                ? CaseDecision.Refuse(CaseVerb.Refused, "an empty note")
                : CaseDecision.Apply(CaseVerb.Noted, Text.Trim(), current);
    }
}
