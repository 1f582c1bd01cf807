namespace NdrBot.Triage.Cases;

/// <summary>One line of a case's history: who did what, when. <see cref="Seq"/> counts from 1 within the case.</summary>
public sealed record CaseEvent(string CaseId, int Seq, string Actor, CaseVerb Verb, string? Text, DateTimeOffset At);
