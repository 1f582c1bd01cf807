namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// How one mail system turns a remote reply that has no enhanced code into the status of its report (Sendmail's
/// smtptodsn: 550 is 5.2.0), recognised by words only its reports carry (lower-case).
/// </summary>
internal sealed record ReplyStatusGroup
{
    public required string Source { get; init; }

    public IReadOnlyList<string> Markers { get; init => field = value ?? []; } = [];

    public IReadOnlyDictionary<string, string> Codes { get; init => field = value ?? new Dictionary<string, string>(); } = new Dictionary<string, string>();
}
