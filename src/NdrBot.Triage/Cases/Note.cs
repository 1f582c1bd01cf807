namespace NdrBot.Triage.Cases;

/// <summary>A note on a case; <see cref="Author"/> is the name to show (the id where no name was kept).</summary>
public sealed record Note(string CaseId, string Author, string Text, DateTimeOffset At);
