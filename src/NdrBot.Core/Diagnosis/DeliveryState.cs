namespace NdrBot.Core.Diagnosis;

/// <summary>
/// Whether the sending server has given up on a recipient or is still trying. A fact of the report (its DSN
/// <c>Action</c>, a delay warning or a failure notice), not of the code: a 4.4.7 can arrive in both.
/// </summary>
public enum DeliveryState
{
    /// <summary>Nothing says which: a code asked about on its own, or a temporary reply with no report around it.</summary>
    Unknown,

    /// <summary>A delay warning: the message is still queued and the sending server keeps trying.</summary>
    Retrying,

    /// <summary>The sending server has stopped trying: a failure notice, an expired message, or a permanent refusal.</summary>
    Final,

    /// <summary>A delivery (or relay) report: nothing failed.</summary>
    Delivered,
}
