namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// Where a piece of reason knowledge comes from. <c>kind</c>: <c>code</c> (an MTA's source), <c>doc</c> (a
/// provider's or vendor's published reference), <c>rfc</c>, <c>definition</c> (what a reason name means), or
/// <c>sample</c> (only seen in public bounce samples; the weakest kind, counted in bench/README.md).
/// </summary>
internal sealed record ReasonSource
{
    public required string Id { get; init; }

    public required string Kind { get; init; }

    public required string Title { get; init; }

    /// <summary>A URL, or a repository path for code.</summary>
    public required string Ref { get; init; }
}
