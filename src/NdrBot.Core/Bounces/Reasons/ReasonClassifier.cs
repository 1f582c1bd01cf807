using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Text;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Decides the failure category from the status code, the remote server's words, the SMTP command and the
/// reporting system together. A code that states its reason (5.2.2, 5.7.25…) wins unless the words clearly
/// overrule it; a vague code (5.0.0, 5.7.1) or none at all leaves the decision to the phrase tables.
/// </summary>
internal static class ReasonClassifier
{
    /// <summary>Checked in this order; the first rule with a phrase in the text decides.</summary>
    private static readonly PhraseRule[] Ordered =
    [
        AddressPhrases.MailboxFull, AddressPhrases.ExceedLimit, AddressPhrases.MesgTooBig, AddressPhrases.Suspend,
        AddressPhrases.HasMoved, PolicyPhrases.NoRelaying, PolicyPhrases.AuthFailure, PolicyPhrases.RequirePtr,
        PolicyPhrases.BadReputation, PolicyPhrases.VirusDetected, TransportPhrases.RateLimited, TransportPhrases.TooManyConn,
        PolicyPhrases.RecipientChoice, AddressPhrases.UserUnknown, AddressPhrases.HostUnknown, AddressPhrases.NotAccept, PolicyPhrases.BlockList,
        PolicyPhrases.SpamDetected, PolicyPhrases.NotCompliantRfc, PolicyPhrases.PolicyViolation, PolicyPhrases.Rejected,
        PolicyPhrases.Blocked, PolicyPhrases.Filtered, TransportPhrases.NetworkError, TransportPhrases.Expired,
        TransportPhrases.SystemFull, PolicyPhrases.FailedStartTls, PolicyPhrases.SecurityError, PolicyPhrases.ContentError,
        TransportPhrases.MailerError, TransportPhrases.SyntaxError, TransportPhrases.SystemError, AddressPhrases.UserUnknownWeak,
    ];

    /// <summary>Reasons a code names too loosely to stand against the text.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        ReasonNames.SecurityError, ReasonNames.SystemError, ReasonNames.Blocked, ReasonNames.ContentError,
        ReasonNames.NetworkError,
    };

    /// <summary>What the text may say to overrule a code that names an address problem.</summary>
    private static readonly PhraseRule[] AddressOverrides =
    [
        AddressPhrases.MailboxFull, AddressPhrases.Suspend, AddressPhrases.HasMoved, PolicyPhrases.NoRelaying,
        PolicyPhrases.BlockList, PolicyPhrases.RecipientChoice,
    ];

    /// <summary>What the text may say to overrule a code that names a filter.</summary>
    private static readonly PhraseRule[] FilteredOverrides = [AddressPhrases.MailboxFull, AddressPhrases.Suspend, PolicyPhrases.Rejected];

    /// <summary>Every rule the classifier asks about, so each text is searched once for all of them.</summary>
    private static readonly RuleIndex Index = new([.. Ordered, .. AddressOverrides, AddressPhrases.DirectoryLookup]);

    public static string Classify(RecipientEvidence evidence)
    {
        var status = evidence.Status;
        if (status is not null && status.StartsWith("2.", StringComparison.Ordinal))
        {
            return ReasonNames.Delivered;
        }

        if (evidence.DiagnosticType?.StartsWith("X-UNIX", StringComparison.Ordinal) == true)
        {
            return ReasonNames.MailerError;
        }

        if (evidence.StatedReason is { } stated)
        {
            return stated;
        }

        var diagnosticText = ForMatching(Completed(evidence.Diagnostic, evidence.Context));
        var contextText = ForMatching(evidence.Context);
        var all = $"{evidence.RemoteMta} {diagnosticText} {contextText}";
        if ((VendorRules.Match(all) ?? CarrierRules.Match(all, evidence.Command)) is { } byVendor)
        {
            return byVendor;
        }

        var diagnostic = Index.For(diagnosticText);
        var context = Index.For(contextText);
        var fromStatus = status is null || status.EndsWith(".0.0", StringComparison.Ordinal) ? null : StatusReasons.For(status);
        return fromStatus switch
        {
            ReasonNames.UserUnknown or ReasonNames.NotAccept or ReasonNames.HostUnknown => ForAddressCode(fromStatus, evidence.Command, diagnostic, context),
            ReasonNames.Filtered => ForFilteredCode(evidence.Command, diagnostic),
            not null when !Vague.Contains(fromStatus) || IsVendorCode(status!) => fromStatus,
            _ => FromText(evidence, diagnostic, context) ?? fromStatus ?? BySubject(status) ?? Fallback(evidence),
        };
    }

    private static string ForAddressCode(string fromStatus, string? command, RuleHits diagnostic, RuleHits context)
    {
        if ((diagnostic.First(AddressOverrides) ?? context.First(AddressOverrides)) is { } overruled)
        {
            return overruled;
        }

        if (fromStatus == ReasonNames.NotAccept && diagnostic.Matches(AddressPhrases.UserUnknown))
        {
            return ReasonNames.UserUnknown;
        }

        return (fromStatus, command) switch
        {
            (ReasonNames.UserUnknown, "MAIL") => ReasonNames.Rejected,
            _ => fromStatus,
        };
    }

    private static string ForFilteredCode(string? command, RuleHits diagnostic)
    {
        if (command == "RCPT" && diagnostic.Matches(AddressPhrases.UserUnknown))
        {
            return ReasonNames.UserUnknown;
        }

        return diagnostic.First(FilteredOverrides) ?? ReasonNames.Filtered;
    }

    private static string? FromText(RecipientEvidence evidence, RuleHits diagnostic, RuleHits context)
    {
        var reason = diagnostic.First(Ordered) ?? context.First(Ordered);
        return (reason, evidence.Command) switch
        {
            // Note: an unknown-user answer that did not follow RCPT TO (after DATA, or with no session shown and no
            // X.1.x code) is read as a filter's refusal worded as a missing user, as Sisimai reads it; a directory
            // lookup report (Exchange, Domino) says the address itself is unknown.
            (ReasonNames.UserUnknown, not "RCPT" and not "MAIL" and not "HELO" and not "CONN")
                when !diagnostic.Matches(AddressPhrases.DirectoryLookup) && !context.Matches(AddressPhrases.DirectoryLookup) => ReasonNames.Filtered,
            (ReasonNames.UserUnknown or ReasonNames.Filtered or ReasonNames.Rejected or ReasonNames.Expired or ReasonNames.SyntaxError
                or ReasonNames.SystemError or ReasonNames.SecurityError, "HELO" or "CONN") => ReasonNames.Blocked,
            (ReasonNames.UserUnknown or ReasonNames.Filtered, "MAIL") => ReasonNames.Rejected,
            _ => reason,
        };
    }

    /// <summary>The diagnostic, followed by the transcript's full refusal when the transcript has one.</summary>
    private static string? Completed(string? diagnostic, string context)
    {
        var reply = TranscriptReply.Find(context);
        return reply.Length == 0 ? diagnostic : diagnostic + " " + reply;
    }

    /// <summary>Vendor codes such as Microsoft's 5.4.312 name one cause exactly, unlike the RFC 3463 X.4.2.</summary>
    private static bool IsVendorCode(string status) => status.Length - status.LastIndexOf('.') > 3;

    private static bool PolicyStatus(string? status) =>
        status is not null && (status.StartsWith("5.7.", StringComparison.Ordinal) || status.StartsWith("4.7.", StringComparison.Ordinal));

    private static string? BySubject(string? status)
    {
        if (status is null || status.Length < 3)
        {
            return null;
        }

        return status.AsSpan(0, 3) switch
        {
            "5.6" or "4.6" => ReasonNames.ContentError,
            "5.7" or "4.7" => ReasonNames.SecurityError,
            _ => null,
        };
    }

    private static string Fallback(RecipientEvidence evidence)
    {
        if (evidence.Action is "delayed" or "expired")
        {
            return ReasonNames.Expired;
        }

        return evidence.Command switch
        {
            "HELO" or "CONN" => ReasonNames.Blocked,
            "MAIL" => ReasonNames.Rejected,
            // Note: "onhold" means the server said something nobody could classify; with nothing said it is "undefined".
            _ => string.IsNullOrEmpty(evidence.Diagnostic) ? ReasonNames.Undefined : ReasonNames.OnHold,
        };
    }

    /// <summary>
    /// Lower-case text with multi-line reply prefixes removed, so "multiple 550 5.7.1 addresses" (Gmail's wrapped
    /// "550-5.7.1" lines) reads as "multiple addresses". The codes themselves stay visible at the front.
    /// </summary>
    private static string ForMatching(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lower = TextTools.Lower(text);
        var codes = CodeExtractor.Find(lower);
        var stripped = ReplyPrefixes.Strip(lower);
        return codes.Status is null ? stripped : codes.Status + " " + stripped;
    }
}
