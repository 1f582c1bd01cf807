namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Decides the failure category from the status code, the remote server's words and the SMTP command together.
/// A code that states its reason (5.2.2, 5.7.25…) wins unless the words clearly say otherwise; a vague code
/// (5.0.0, 5.7.1) or none at all leaves the decision to the phrase tables, then to the code's subject.
/// </summary>
internal static class ReasonClassifier
{
    /// <summary>Checked in this order; the first rule with a phrase in the text decides.</summary>
    private static readonly PhraseRule[] Ordered =
    [
        AddressPhrases.MailboxFull, AddressPhrases.ExceedLimit, AddressPhrases.MesgTooBig, AddressPhrases.Suspend,
        AddressPhrases.HasMoved, PolicyPhrases.NoRelaying, PolicyPhrases.AuthFailure, PolicyPhrases.RequirePtr,
        PolicyPhrases.BadReputation, PolicyPhrases.VirusDetected, TransportPhrases.RateLimited, TransportPhrases.TooManyConn,
        AddressPhrases.UserUnknown, AddressPhrases.HostUnknown, AddressPhrases.NotAccept, PolicyPhrases.SpamDetected,
        PolicyPhrases.NotCompliantRfc, PolicyPhrases.PolicyViolation, PolicyPhrases.Filtered, PolicyPhrases.Rejected,
        TransportPhrases.Expired, PolicyPhrases.Blocked, TransportPhrases.NetworkError, TransportPhrases.SystemFull,
        PolicyPhrases.FailedStartTls, PolicyPhrases.SecurityError, PolicyPhrases.ContentError, TransportPhrases.MailerError,
        TransportPhrases.SyntaxError, TransportPhrases.SystemError,
    ];

    /// <summary>Reasons a code names too loosely to stand against the text.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        "securityerror", "systemerror", "filtered", "networkerror", "expired", "userunknown", "rejected", "blocked",
        "contenterror",
    };

    /// <summary>Reasons the text may give even against a code that names another one.</summary>
    private static readonly Dictionary<string, PhraseRule[]> Overrides = new(StringComparer.Ordinal)
    {
        ["userunknown"] = [AddressPhrases.MailboxFull, AddressPhrases.Suspend, AddressPhrases.HasMoved, PolicyPhrases.NoRelaying],
        ["hostunknown"] = [],
        ["mailboxfull"] = [],
    };

    public static string Classify(RecipientEvidence evidence)
    {
        var status = evidence.Status;
        if (status is not null && status.StartsWith("2.", StringComparison.Ordinal))
        {
            return "delivered";
        }

        var fromStatus = IsVagueCode(status) ? null : StatusReasons.For(status);
        var diagnostic = (evidence.Diagnostic ?? "").ToLowerInvariant();
        var context = evidence.Context.ToLowerInvariant();
        if (fromStatus is not null && !Vague.Contains(fromStatus))
        {
            return fromStatus;
        }

        if (fromStatus is not null && Overrides.TryGetValue(fromStatus, out var overrides))
        {
            return FirstMatch(overrides, diagnostic) ?? FirstMatch(overrides, context) ?? fromStatus;
        }

        var fromText = FirstMatch(Ordered, diagnostic) ?? FirstMatch(Ordered, context);
        fromText = AdjustForCommand(fromText, evidence.Command);
        if (fromText is not null)
        {
            return fromText;
        }

        return fromStatus ?? BySubject(status) ?? Fallback(evidence);
    }

    private static string? AdjustForCommand(string? reason, string? command) => (reason, command) switch
    {
        ("userunknown" or "filtered", "MAIL") => "rejected",
        ("userunknown" or "filtered" or "rejected", "HELO" or "CONN") => "blocked",
        _ => reason,
    };

    private static bool IsVagueCode(string? status) =>
        status is null || status.EndsWith(".0.0", StringComparison.Ordinal);

    private static string? BySubject(string? status)
    {
        if (status is null || status.Length < 3)
        {
            return null;
        }

        return status.AsSpan(0, 3) switch
        {
            "5.6" or "4.6" => "contenterror",
            "5.7" or "4.7" => "securityerror",
            _ => null,
        };
    }

    private static string Fallback(RecipientEvidence evidence)
    {
        if (evidence.Action is "delayed" or "expired")
        {
            return "expired";
        }

        if (evidence.DiagnosticType?.StartsWith("X-UNIX", StringComparison.Ordinal) == true)
        {
            return "mailererror";
        }

        return evidence.Command switch
        {
            "HELO" or "CONN" => "blocked",
            "MAIL" => "rejected",
            _ => string.IsNullOrEmpty(evidence.Diagnostic) && string.IsNullOrEmpty(evidence.Context) ? "undefined" : "onhold",
        };
    }

    private static string? FirstMatch(PhraseRule[] rules, string lowerText)
    {
        if (lowerText.Length == 0)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (rule.Matches(lowerText))
            {
                return rule.Reason;
            }
        }

        return null;
    }
}
