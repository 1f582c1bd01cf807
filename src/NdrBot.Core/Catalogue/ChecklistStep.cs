namespace NdrBot.Core.Catalogue;

public sealed record ChecklistStep(string Id, string Text);
