namespace NdrBot.Core.Bounces;

/// <summary>
/// Telstra/BigPond outbound limits (the SMTP Mass Mail service, 10 MB per 10 minutes): when a bounce shows them,
/// the <c>telstra-mass-mail</c> checklist applies.
/// </summary>
internal static class TelstraRule
{
    public const string ChecklistId = "telstra-mass-mail";

    private static readonly string[] Provider = ["telstra", "bigpond"];

    private static readonly string[] Limit =
    [
        "rate limit", "ratelimit", "rate-limit", "limit exceeded", "exceeded", "too many", "10 mb", "10mb", "10 minute",
        "mass mail", "sending limit", "throttl", "quota", "limit",
    ];

    public static bool Applies(string lowerText) =>
        TextTools.ContainsAny(lowerText, Provider) && TextTools.ContainsAny(lowerText, Limit);
}
