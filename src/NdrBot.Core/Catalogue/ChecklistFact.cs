namespace NdrBot.Core.Catalogue;

public sealed record ChecklistFact(string Label, string Value);
