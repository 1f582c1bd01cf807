namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>Enhanced status codes and the reason each names on its own, as one source defines them.</summary>
internal sealed record StatusCodeGroup
{
    public required string Source { get; init; }

    public IReadOnlyDictionary<string, string> Codes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}
