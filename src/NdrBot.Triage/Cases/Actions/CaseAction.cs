namespace NdrBot.Triage.Cases;

/// <summary>
/// A button press or command on a case, by <see cref="Actor"/>. Each kind decides for itself what it does to the
/// current state; the store adds the version check and the history entry around it.
/// </summary>
public abstract partial record CaseAction(string Actor)
{
    /// <summary>The name shown for <see cref="Actor"/> (owner, history, notes).</summary>
    public string? ActorName { get; init; }

    /// <summary>
    /// An id the same person was recorded under before people were recorded by stable id (Slack: the bare user id),
    /// so an owner recorded that way is still recognised.
    /// </summary>
    public string? FormerActor { get; init; }

    /// <summary>True when <paramref name="who"/> (an owner as stored) is this actor.</summary>
    public bool Is(string? who) => who is not null && (who == Actor || who == FormerActor);

    internal abstract CaseDecision Decide(Case current);

    /// <summary>Decides the action against the current state, refusing it first when the card was stale.</summary>
    internal CaseDecision DecideAt(Case current, int expectedVersion) =>
        expectedVersion == current.Version
            ? Decide(current)
            : CaseDecision.Refuse(CaseVerb.StaleRefused, $"{Name} from version {expectedVersion}; the case is at version {current.Version}");

    /// <summary>A short lower-case name for history text ("claim", "note").</summary>
    public abstract string Name { get; }
}
