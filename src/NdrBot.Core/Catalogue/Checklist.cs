namespace NdrBot.Core.Catalogue;

/// <summary>A structured procedure, such as activating Telstra's SMTP Mass Mail service.</summary>
public sealed record Checklist
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    public required string Summary { get; init; }

    /// <summary>Lower-case words or phrases that make the checklist relevant when a text contains them.</summary>
    public IReadOnlyList<string> Keywords { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ChecklistFact> Facts { get; init => field = value ?? []; } = [];

    public IReadOnlyList<ChecklistStep> Steps { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Sources { get; init => field = value ?? []; } = [];
}
