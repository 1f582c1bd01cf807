using NdrBot.Core.Codes;

namespace NdrBot.Core.Bounces;

/// <summary>Settles the enhanced status and reply code for one recipient, inferring a code when none is given.</summary>
internal static class StatusResolver
{
    private static readonly string[] TransientMarkers =
    [
        "temporar", "try again", "will retry", "will be retried", "retry timeout", "deferred", "delayed", "still trying",
        "greylist", "transient",
    ];

    // Note: the catalogue's representative code per reason, used when a message carries no enhanced code at all.
    private static readonly Dictionary<string, string> BestCode = new(StringComparer.Ordinal)
    {
        ["userunknown"] = "1.1", ["hostunknown"] = "1.2", ["hasmoved"] = "1.6", ["notaccept"] = "1.10",
        ["mailboxfull"] = "2.2", ["exceedlimit"] = "2.3", ["suspend"] = "2.1", ["filtered"] = "2.0",
        ["mesgtoobig"] = "3.4", ["systemfull"] = "3.1", ["systemerror"] = "3.0", ["networkerror"] = "4.0",
        ["expired"] = "4.7", ["syntaxerror"] = "5.2", ["contenterror"] = "6.0", ["rejected"] = "7.1",
        ["blocked"] = "7.1", ["spamdetected"] = "7.1", ["policyviolation"] = "7.1", ["norelaying"] = "7.1",
        ["authfailure"] = "7.26", ["requireptr"] = "7.25", ["securityerror"] = "7.0", ["badreputation"] = "7.1",
        ["virusdetected"] = "7.1", ["ratelimited"] = "7.0", ["toomanyconn"] = "7.0", ["failedstarttls"] = "7.10",
    };

    /// <summary>The status the evidence states, preferring a specific code in the text over a bare X.0.0.</summary>
    public static string? Stated(RecipientEvidence evidence)
    {
        var stated = Valid(evidence.Status);
        var inText = Valid(CodeExtractor.Find(evidence.Diagnostic).Status);
        if (stated is null)
        {
            return inText;
        }

        return stated.EndsWith(".0.0", StringComparison.Ordinal) && inText is not null && inText[0] == stated[0] && !inText.EndsWith(".0.0", StringComparison.Ordinal)
            ? inText
            : stated;
    }

    /// <summary>1 of 2, 4 or 5: from the reply code, the DSN action, or words that say the failure is temporary.</summary>
    public static int ClassOf(RecipientEvidence evidence, string? stated)
    {
        if (stated is not null)
        {
            return stated[0] - '0';
        }

        if (evidence.ReplyCode is { } reply)
        {
            return reply[0] == '2' ? 2 : reply[0] == '4' ? 4 : 5;
        }

        if (evidence.Action is "delayed" or "relayed" or "delivered" or "expanded")
        {
            return evidence.Action == "delayed" ? 4 : 2;
        }

        var lower = (evidence.Diagnostic ?? evidence.Context).ToLowerInvariant();
        return TextTools.ContainsAny(lower, TransientMarkers) ? 4 : 5;
    }

    public static string Infer(int statusClass, string reason) =>
        statusClass == 2 ? "2.0.0" : $"{statusClass}.{(BestCode.TryGetValue(reason, out var rest) ? rest : "0.0")}";

    private static string? Valid(string? code) =>
        code is not null && StatusCode.TryParse(code, out var parsed) && !parsed.IsWildcard ? parsed.ToString() : null;
}
