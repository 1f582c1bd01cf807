namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// A reason that follows from who wrote the report (or who the remote host is) together with its wording: both a
/// host marker and a phrase must be in the text, and the SMTP command must fit when one is named.
/// </summary>
internal sealed record VendorRuleEntry
{
    public required string Id { get; init; }

    public required string Reason { get; init; }

    public required string Source { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<string> Hosts { get; init => field = value ?? []; } = [];

    public IReadOnlyList<string> Phrases { get; init => field = value ?? []; } = [];

    /// <summary>The rule holds only after this command (RCPT, MAIL, DATA, HELO, CONN).</summary>
    public string? Command { get; init; }

    /// <summary>The rule holds after any command but this one (or none).</summary>
    public string? NotCommand { get; init; }
}
