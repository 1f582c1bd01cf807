using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Vendors;

/// <summary>
/// PowerMTA writes its own classification of each failed recipient in the DSN field <c>X-PowerMTA-BounceCategory</c>; the categories map
/// one-to-one onto reasons. Categories that say too little (other, unknown) are left to the text.
/// </summary>
internal static class PowerMtaCategories
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bad-domain"] = ReasonNames.HostUnknown, ["bad-mailbox"] = ReasonNames.UserUnknown,
        ["inactive-mailbox"] = ReasonNames.Suspend, ["message-expired"] = ReasonNames.Expired,
        ["no-answer-from-host"] = ReasonNames.NetworkError, ["policy-related"] = ReasonNames.PolicyViolation,
        ["quota-issues"] = ReasonNames.MailboxFull, ["routing-errors"] = ReasonNames.SystemError,
        ["spam-related"] = ReasonNames.SpamDetected, ["content-related"] = ReasonNames.ContentError,
        ["relaying-issues"] = ReasonNames.NoRelaying, ["bad-connection"] = ReasonNames.NetworkError,
        ["message-too-large"] = ReasonNames.MesgTooBig,
    };

    public static string? ReasonFor(string? category) =>
        category is not null && Map.TryGetValue(category.Trim(), out var reason) ? reason : null;
}
