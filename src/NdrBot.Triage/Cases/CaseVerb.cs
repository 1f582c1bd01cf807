namespace NdrBot.Triage.Cases;

/// <summary>What a history entry records. Refusals are recorded too, so the history shows every attempt.</summary>
public enum CaseVerb
{
    Opened,
    RepeatAttached,
    Claimed,
    TookOver,
    Released,
    ClaimRefused,
    Noted,
    Resolved,
    Reopened,
    ChecklistToggled,

    /// <summary>An action that the case's state does not allow (resolving a resolved case, an unknown step).</summary>
    Refused,

    /// <summary>An action sent from a card older than the case.</summary>
    StaleRefused,
}
