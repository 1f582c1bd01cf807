namespace NdrBot.Triage.Cases;

/// <summary>What a card shows of a case's history: how many entries it has, and its latest notes, oldest first.</summary>
public sealed record CaseDigest(int HistoryCount, IReadOnlyList<Note> LastNotes);
