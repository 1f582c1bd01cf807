namespace NdrBot.Cards.Model;

/// <summary>A checklist shown as toggles, with its facts (phone numbers, limits, what to have ready).</summary>
public sealed record ChecklistSection
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    public IReadOnlyList<KeyValuePair<string, string>> Facts { get; init; } = [];

    public IReadOnlyList<ChecklistItem> Items { get; init; } = [];

    /// <summary>The case whose progress the submit records.</summary>
    public required string CaseId { get; init; }

    public int Version { get; init; }
}
