namespace NdrBot.Triage.Cases;

/// <summary>
/// A button press or command on a case, by <see cref="Actor"/>. Each kind decides for itself what it does to the
/// current state; the store adds the version check and the history entry around it.
/// </summary>
public abstract partial record CaseAction(string Actor)
{
    internal abstract CaseDecision Decide(Case current);

    /// <summary>Decides the action against the current state, refusing it first when the card was stale.</summary>
    internal CaseDecision DecideAt(Case current, int expectedVersion) =>
        expectedVersion == current.Version
            ? Decide(current)
            : CaseDecision.Refuse(CaseVerb.StaleRefused, $"{Name} from version {expectedVersion}; the case is at version {current.Version}");

    /// <summary>A short lower-case name for history text ("claim", "note").</summary>
    public abstract string Name { get; }
}
