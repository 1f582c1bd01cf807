namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// A triage action the host acknowledged: a case whose card reached the Connector (so it was stored first), or an
/// Action.Execute invoke answered 200 with its outcome. <see cref="Text"/> is the note, for notes.
/// </summary>
internal sealed record Acknowledged(int Round, string CaseId, string Actor, string Verb, string? Text = null);
