namespace NdrBot.Cards.Model;

/// <summary>
/// The triage state a card shows, built by the host from its case store: owner, status, the last notes and how
/// many events the case history holds. <see cref="Version"/> goes into every button so a stale click can be told.
/// </summary>
public sealed record CaseView
{
    public required string CaseId { get; init; }

    public int Version { get; init; }

    public CaseStatus Status { get; init; } = CaseStatus.Open;

    /// <summary>Display name of whoever claimed the case.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// Whether the one person who sees this card owns the case (a personal chat, the web chat, an ephemeral answer);
    /// null when the card is shared, as in a channel, where everyone sees the same card.
    /// </summary>
    public bool? ViewerOwnsIt { get; init; }

    /// <summary>The most recent notes, newest last; the card shows at most a few.</summary>
    public IReadOnlyList<CaseNote> LastNotes { get; init; } = [];

    public int HistoryCount { get; init; }

    /// <summary>Steps of the case's checklist that were ticked already.</summary>
    public IReadOnlyList<string> DoneSteps { get; init; } = [];
}
