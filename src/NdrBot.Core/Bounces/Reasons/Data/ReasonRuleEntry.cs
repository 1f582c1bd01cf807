namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>One phrase rule: its id, the reason it gives, its phrases by source, and phrases that veto it.</summary>
internal sealed record ReasonRuleEntry
{
    public required string Id { get; init; }

    public required string Reason { get; init; }

    public string? Note { get; init; }

    /// <summary>Asked only when the status code names no reason of its own (a bare "Recipient address rejected").</summary>
    public bool Weak { get; init; }

    public IReadOnlyList<PhraseGroup> Phrases { get; init => field = value ?? []; } = [];

    public IReadOnlyList<PhraseGroup> Unless { get; init => field = value ?? []; } = [];
}
