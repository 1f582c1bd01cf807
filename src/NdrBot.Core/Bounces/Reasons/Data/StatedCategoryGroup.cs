namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>A reporting system's own classification field (PowerMTA's <c>X-PowerMTA-BounceCategory</c>) and its values.</summary>
internal sealed record StatedCategoryGroup
{
    public required string Source { get; init; }

    /// <summary>The DSN field, lower-case.</summary>
    public required string Field { get; init; }

    public IReadOnlyDictionary<string, string> Categories { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}
