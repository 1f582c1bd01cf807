namespace NdrBot.Triage.Cases;

/// <summary>
/// The case a bounce opened, or the open case it was attached to as a repeat (<see cref="Attached"/>), with the history
/// entry that records it.
/// </summary>
public sealed record OpenOrAttachResult(Case Case, bool Attached, CaseEvent Event);
