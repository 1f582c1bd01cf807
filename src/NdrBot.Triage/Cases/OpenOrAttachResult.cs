namespace NdrBot.Triage.Cases;

/// <summary>
/// The case a bounce opened, or the open case it was attached to as a repeat (<see cref="Attached"/>), with the history
/// entry that records it and what a card shows of the history (<see cref="Digest"/>), read in the same transaction.
/// </summary>
public sealed record OpenOrAttachResult(Case Case, bool Attached, CaseEvent Event, CaseDigest Digest);
