using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Codes;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces;

/// <summary>Settles the enhanced status and reply code for one recipient, inferring a code when none is given.</summary>
internal static class StatusResolver
{
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
    public static int ClassOf(RecipientEvidence evidence, string? stated, ReasonKnowledge knowledge)
    {
        if (stated is not null)
        {
            return stated[0] - '0';
        }

        // Note: Postfix skips a server that greets with 5XX and tries again later (postconf smtp_skip_5xx_greeting,
        // default yes), so its "refused to talk to me: 554 ..." ends in a 4.X.X status when the message expires.
        if (evidence.Context.Contains("refused to talk to me", StringComparison.OrdinalIgnoreCase))
        {
            return 4;
        }

        if (evidence.ReplyCode is { } reply)
        {
            return reply[0] == '2' ? 2 : reply[0] == '4' ? 4 : 5;
        }

        if (evidence.Action is "delayed" or "relayed" or "delivered" or "expanded")
        {
            return evidence.Action == "delayed" ? 4 : 2;
        }

        // Note: the context is asked too; a report's words beside a diagnostic ("Deferred: Connection timed out")
        // may be what says the failure is temporary.
        return knowledge.TransientMarkers.In(TextTools.Lower(evidence.Diagnostic ?? "")) || knowledge.TransientMarkers.In(TextTools.Lower(evidence.Context)) ? 4 : 5;
    }

    /// <summary>
    /// The status of a recipient whose report states none. Note: a remote server's reply without an enhanced code
    /// ("said: 550 User not found") is given a status by the sending MTA: Sendmail maps the reply code (smtptodsn,
    /// <paramref name="replyStatus"/>), Postfix, Exim and Gmail write X.0.0 of the reply's class (RFC 3463's "other
    /// or undefined"), so that is what the report says; the words still choose the catalogue entry. Only the MTA's
    /// own findings, which carry no reply, are given the code their source documents or the reason's.
    /// </summary>
    public static string Unstated(string? reply, int statusClass, IReadOnlyDictionary<string, string>? replyStatus, string reason, string? diagnostic, ReasonKnowledge knowledge)
    {
        if (reply is null || reply[0] - '0' != statusClass || statusClass is not (4 or 5))
        {
            return Infer(statusClass, reason, diagnostic, knowledge);
        }

        return replyStatus is not null && replyStatus.TryGetValue(reply, out var mapped) ? mapped : $"{statusClass}.0.0";
    }

    /// <summary>
    /// The code for a message that carries no enhanced code: the one the mail system's source gives for its words
    /// (Postfix writes X.4.4 for "Host or domain name not found"), else the catalogue's representative code for the
    /// reason in the class.
    /// </summary>
    public static string Infer(int statusClass, string reason, string? diagnostic, ReasonKnowledge knowledge)
    {
        if (statusClass == 2)
        {
            return "2.0.0";
        }

        var documented = diagnostic is null ? null : knowledge.DocumentedDetail(TextTools.Lower(diagnostic));
        return documented is { Length: > 4 } whole ? whole : $"{statusClass}.{documented ?? knowledge.InferredDetail(reason) ?? "0.0"}";
    }

    private static string? Valid(string? code) =>
        code is not null && StatusCode.TryParse(code, out var parsed) && !parsed.IsWildcard ? parsed.ToString() : null;
}
