namespace NdrBot.Triage.Storage;

/// <summary>One numbered schema step. Steps are never edited once shipped; a change is a new step.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
