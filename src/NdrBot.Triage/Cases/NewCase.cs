namespace NdrBot.Triage.Cases;

/// <summary>A bounce answered in a conversation: what <see cref="ICaseStore.OpenOrAttachAsync(NewCase, int, CancellationToken)"/> opens or attaches.</summary>
public sealed record NewCase
{
    public required string Conversation { get; init; }

    public string? ThreadId { get; init; }

    public IReadOnlyList<string> Codes { get; init; } = [];

    public IReadOnlyList<string> Recipients { get; init; } = [];

    public string? Reason { get; init; }

    public required string CreatedBy { get; init; }

    public string? CreatedByName { get; init; }

    public string? ChecklistId { get; init; }

    /// <summary>What the answer showed (its findings), kept with the case for every later card.</summary>
    public CaseDetails? Details { get; init; }
}
