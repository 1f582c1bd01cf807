namespace NdrBot.Triage.Cases;

public sealed record Note(string CaseId, string Author, string Text, DateTimeOffset At);
