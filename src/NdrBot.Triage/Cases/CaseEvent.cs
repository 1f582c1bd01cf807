namespace NdrBot.Triage.Cases;

/// <summary>
/// One line of a case's history: who did what, when. <see cref="Seq"/> counts from 1 within the case. <see cref="Actor"/>
/// is the person's stable id; <see cref="ActorName"/> the name shown (null in rows written before names were kept).
/// </summary>
public sealed record CaseEvent(string CaseId, int Seq, string Actor, CaseVerb Verb, string? Text, DateTimeOffset At)
{
    public string? ActorName { get; init; }
}
