namespace NdrBot.Cards.Model;

/// <summary>One step of a checklist and whether it was ticked already.</summary>
public sealed record ChecklistItem(string Id, string Text, bool Done = false);
