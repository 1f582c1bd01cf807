namespace NdrBot.Cards.Model;

/// <summary>One line of a case list: id, what it is about, who has it and how long it has been open.</summary>
public sealed record CaseListItem(string CaseId, string About, string? Owner, TimeSpan Age);
