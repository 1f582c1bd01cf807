namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// PowerMTA writes its own classification of each failed recipient in the DSN field <c>X-PowerMTA-BounceCategory</c>; the categories map
/// one-to-one onto reasons. Categories that say too little (other, unknown) are left to the text.
/// </summary>
internal static class PowerMtaCategories
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["bad-domain"] = "hostunknown", ["bad-mailbox"] = "userunknown", ["inactive-mailbox"] = "suspend",
        ["message-expired"] = "expired", ["no-answer-from-host"] = "networkerror", ["policy-related"] = "policyviolation",
        ["quota-issues"] = "mailboxfull", ["routing-errors"] = "systemerror", ["spam-related"] = "spamdetected",
        ["content-related"] = "contenterror", ["relaying-issues"] = "norelaying", ["bad-connection"] = "networkerror",
        ["message-too-large"] = "mesgtoobig",
    };

    public static string? ReasonFor(string? category) =>
        category is not null && Map.TryGetValue(category.Trim(), out var reason) ? reason : null;
}
