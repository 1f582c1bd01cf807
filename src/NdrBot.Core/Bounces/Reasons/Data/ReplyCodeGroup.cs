namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>SMTP reply codes that name a reason when nothing else in a report does, as one source defines them.</summary>
internal sealed record ReplyCodeGroup
{
    public required string Source { get; init; }

    public IReadOnlyDictionary<string, string> Codes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}
