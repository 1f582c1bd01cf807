using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Triage.Cases;

/// <summary>
/// A bounce that a channel triages together. <see cref="Version"/> grows by one with every change, so a card that
/// carries the version it was rendered from can tell when it is stale.
/// </summary>
[SuppressMessage("Naming", "CA1716:Identifiers should not match keywords", Justification = "Case is the domain word (issue 7); NdrBot ships no VB consumers.")]
public sealed record Case
{
    /// <summary>
    /// The case's key: long and random (<c>case-…</c>), so it cannot be guessed. Cases stored before keys were random
    /// keep their short code as key; every lookup checks the asker's scope as well.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>
    /// Short and easy to say aloud, such as <c>C-7K3Q</c>: what people see and type. Unique within the conversation
    /// only, so it is looked up there and never alone.
    /// </summary>
    public required string Code { get; init; }

    /// <summary>The conversation or channel key the case belongs to (e.g. <c>slack:T1/C2</c>).</summary>
    public required string Conversation { get; init; }

    public string? ThreadId { get; init; }

    public IReadOnlyList<string> Codes { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string? Reason { get; init; }

    /// <summary>The stable id of who opened the case (Teams: AAD object id or user id; Slack: team/user).</summary>
    public required string CreatedBy { get; init; }

    /// <summary>The name shown for <see cref="CreatedBy"/>; null in cases stored before names were kept.</summary>
    public string? CreatedByName { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the bounce was last seen: the opening or the latest repeat attached to the case.</summary>
    public required DateTimeOffset LastSeenAt { get; init; }

    /// <summary>How many repeats of the bounce were attached after it opened the case.</summary>
    public int RepeatCount { get; init; }

    public CaseStatus Status { get; init; } = CaseStatus.Open;

    /// <summary>
    /// The owner's stable id. Cases stored before people were recorded by id hold what was recorded then: a Teams
    /// display name (which matches nobody's id) or a bare Slack user id (matched through the actor's former id).
    /// </summary>
    public string? Owner { get; init; }

    /// <summary>The name shown for <see cref="Owner"/>; null when there is no owner or for older cases.</summary>
    public string? OwnerName { get; init; }

    public string? Resolution { get; init; }

    public int Version { get; init; } = 1;

    /// <summary>The catalogue checklist the case carries (the Telstra Mass Mail steps), or null.</summary>
    public string? ChecklistId { get; init; }

    /// <summary>Ids of the checklist steps ticked so far; empty when the case carries no checklist.</summary>
    public IReadOnlySet<string> ChecklistDone { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What the answer that opened the case showed; null for cases stored before migration 8 kept it.</summary>
    public CaseDetails? Details { get; init; }
}
