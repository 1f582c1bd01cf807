using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Triage.Cases;

/// <summary>
/// A bounce that a channel triages together. <see cref="Version"/> grows by one with every change, so a card that
/// carries the version it was rendered from can tell when it is stale.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Case is the domain word (issue 7); NdrBot ships no VB consumers.")]
public sealed record Case
{
    /// <summary>Short and easy to say aloud, such as <c>C-7K3Q</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The conversation or channel key the case belongs to (e.g. <c>slack:T1/C2</c>).</summary>
    public required string Conversation { get; init; }

    public string? ThreadId { get; init; }

    public IReadOnlyList<string> Codes { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string? Reason { get; init; }

    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the bounce was last seen: the opening or the latest repeat attached to the case.</summary>
    public required DateTimeOffset LastSeenAt { get; init; }

    /// <summary>How many repeats of the bounce were attached after it opened the case.</summary>
    public int RepeatCount { get; init; }

    public CaseStatus Status { get; init; } = CaseStatus.Open;

    public string? Owner { get; init; }

    public string? Resolution { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The catalogue checklist the case carries (the Telstra Mass Mail steps), or null.</summary>
    public string? ChecklistId { get; init; }

    /// <summary>Ids of the checklist steps ticked so far; empty when the case carries no checklist.</summary>
    public IReadOnlySet<string> ChecklistDone { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What the answer that opened the case showed; null for cases stored before migration 8 kept it.</summary>
    public CaseDetails? Details { get; init; }
}
