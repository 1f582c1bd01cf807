namespace NdrBot.Triage.Cases;

public abstract partial record ApplyResult
{
    /// <summary>The action changed the case; <paramref name="Case"/> has the new version.</summary>
    public sealed record Applied(Case Case, CaseEvent Event) : ApplyResult
    {
        public override Case? Current => Case;
    }

    /// <summary>The action came from a card older than the case; nothing changed.</summary>
    public sealed record Stale(Case Case, CaseEvent Event) : ApplyResult
    {
        public override Case? Current => Case;
    }

    /// <summary>The case's state does not allow the action (a second claimer, resolving twice); nothing changed.</summary>
    public sealed record Refused(string Reason, Case Case, CaseEvent Event) : ApplyResult
    {
        public override Case? Current => Case;
    }

    public sealed record NotFound(string CaseId) : ApplyResult
    {
        public override Case? Current => null;
    }
}
