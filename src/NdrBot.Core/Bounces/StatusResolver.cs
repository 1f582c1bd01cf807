using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Codes;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces;

/// <summary>Settles the enhanced status and reply code for one recipient, inferring a code when none is given.</summary>
internal static class StatusResolver
{
    private static readonly PhraseSet TransientMarkers = new(
    [
        "temporar", "will retry", "will be retried", "retry timeout", "deferred", "delayed", "still trying",
        "greylist", "transient",
    ]);

    // Note: the catalogue's representative code per reason, used when a message carries no enhanced code at all.
    private static readonly Dictionary<string, string> BestCode = new(StringComparer.Ordinal)
    {
        [ReasonNames.UserUnknown] = "1.1", [ReasonNames.HostUnknown] = "1.2", [ReasonNames.HasMoved] = "1.6",
        [ReasonNames.NotAccept] = "1.10", [ReasonNames.MailboxFull] = "2.2", [ReasonNames.ExceedLimit] = "2.3",
        [ReasonNames.Suspend] = "2.1", [ReasonNames.Filtered] = "2.0", [ReasonNames.MesgTooBig] = "3.4",
        [ReasonNames.SystemFull] = "3.1", [ReasonNames.SystemError] = "3.0", [ReasonNames.NetworkError] = "4.0",
        [ReasonNames.Expired] = "4.7", [ReasonNames.SyntaxError] = "5.2", [ReasonNames.ContentError] = "6.0",
        [ReasonNames.Rejected] = "7.1", [ReasonNames.Blocked] = "7.1", [ReasonNames.SpamDetected] = "7.1",
        [ReasonNames.PolicyViolation] = "7.1", [ReasonNames.NoRelaying] = "7.1", [ReasonNames.AuthFailure] = "7.26",
        [ReasonNames.RequirePtr] = "7.25", [ReasonNames.SecurityError] = "7.0", [ReasonNames.BadReputation] = "7.1",
        [ReasonNames.VirusDetected] = "7.1", [ReasonNames.RateLimited] = "7.0", [ReasonNames.TooManyConn] = "7.0",
        [ReasonNames.FailedStartTls] = "7.10",
    };

    /// <summary>
    /// The status the evidence states. The DSN <c>Status:</c> field stands unless the remote server's own words carry
    /// a code of the same class that says more (5.1.1 over 5.0.0, 5.2.2 over a reporting MTA's 5.1.1), or a code whose
    /// class the reply code confirms while the field's class contradicts it (<c>Status: 4.5.0</c> over "550 5.5.0").
    /// </summary>
    public static string? Stated(RecipientEvidence evidence)
    {
        var stated = Valid(evidence.Status);
        var found = CodeExtractor.Find(evidence.Diagnostic);
        var inText = Valid(found.Status);
        if (stated is null || inText is null || stated == inText)
        {
            return stated ?? inText;
        }

        if (stated[0] == inText[0])
        {
            return Detail(inText) >= Detail(stated) ? inText : stated;
        }

        var reply = found.ReplyCode ?? evidence.ReplyCode;
        return reply is not null && reply[0] == inText[0] ? inText : stated;
    }

    /// <summary>
    /// The reply code, unless it contradicts the status class: "Status: 4.0.0" with "554 Blocked" leaves the class
    /// to the DSN and the reply unknown.
    /// </summary>
    public static string? Reply(string? reply, string? status) =>
        reply is null || status is null || reply[0] == status[0] || status[0] == '2' ? reply : null;

    /// <summary>0 for X.0.0, 1 for X.Y.0, 2 for X.Y.Z: how much a code says beyond its class.</summary>
    private static int Detail(string code) =>
        code.EndsWith(".0.0", StringComparison.Ordinal) ? 0 : code.EndsWith(".0", StringComparison.Ordinal) ? 1 : 2;

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

        var lower = TextTools.Lower(evidence.Diagnostic ?? evidence.Context);
        return TransientMarkers.In(lower) ? 4 : 5;
    }

    public static string Infer(int statusClass, string reason) =>
        statusClass == 2 ? "2.0.0" : $"{statusClass}.{(BestCode.TryGetValue(reason, out var rest) ? rest : "0.0")}";

    private static string? Valid(string? code) =>
        code is not null && StatusCode.TryParse(code, out var parsed) && !parsed.IsWildcard ? parsed.ToString() : null;
}
