using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Decides the failure category from the status code, the remote server's words, the SMTP command and the
/// reporting system together, with the knowledge of <c>reasons.json</c>. A code that states its reason (5.2.2,
/// 5.7.25…) wins unless the words clearly overrule it; a vague code (5.0.0, 5.7.1) or none at all leaves the
/// decision to the phrase rules, asked in the document's order.
/// </summary>
internal sealed class ReasonClassifier(ReasonKnowledge knowledge)
{
    /// <summary>Reasons a code names too loosely to stand against the text.</summary>
    private static readonly HashSet<string> Vague = new(StringComparer.Ordinal)
    {
        ReasonNames.SecurityError, ReasonNames.SystemError, ReasonNames.Blocked, ReasonNames.ContentError,
        ReasonNames.NetworkError,
    };

    private readonly PhraseRule _userUnknown = knowledge.Rule("userunknown");
    private readonly PhraseRule _directoryLookup = knowledge.Rule("directory-lookup");
    private readonly PhraseRule _noAccount = knowledge.Rule("no-account");

    public string Classify(RecipientEvidence evidence) => Decide(evidence).Reason;

    public ReasonDecision Decide(RecipientEvidence evidence)
    {
        var status = evidence.Status;
        if (status is not null && status.StartsWith("2.", StringComparison.Ordinal))
        {
            return new ReasonDecision(ReasonNames.Delivered, "status:" + status);
        }

        if (evidence.DiagnosticType?.StartsWith("X-UNIX", StringComparison.Ordinal) == true)
        {
            return new ReasonDecision(ReasonNames.MailerError, "diagnostic-type:x-unix");
        }

        if (knowledge.ReasonForCategory(evidence.StatedCategory) is { } stated)
        {
            return new ReasonDecision(stated, "stated:" + evidence.StatedCategory);
        }

        var diagnosticText = ForMatching(Completed(evidence.Diagnostic, evidence.Context));
        var contextText = ForMatching(evidence.Context);
        var all = $"{evidence.RemoteMta} {diagnosticText} {contextText}";
        if (knowledge.Vendors.Match(all, evidence.Command) is { } vendor)
        {
            return new ReasonDecision(vendor.Reason, "vendor:" + vendor.Id);
        }

        var diagnostic = knowledge.Index.For(diagnosticText);
        var context = knowledge.Index.For(contextText);
        var fromStatus = status is null || status.EndsWith(".0.0", StringComparison.Ordinal) ? null : knowledge.ReasonForStatus(status);
        return fromStatus switch
        {
            ReasonNames.UserUnknown or ReasonNames.NotAccept or ReasonNames.HostUnknown => ForAddressCode(status!, fromStatus, evidence.Command, diagnostic, context),
            ReasonNames.Filtered => ForFilteredCode(status!, evidence.Command, diagnostic),
            not null when !Vague.Contains(fromStatus) || IsVendorCode(status!) => new ReasonDecision(fromStatus, "status:" + status),
            _ => FromText(evidence, diagnostic, context, fromStatus is null ? knowledge.Ordered : knowledge.Strong)
                ?? (fromStatus is not null ? new ReasonDecision(fromStatus, "status:" + status) : null)
                ?? BySubject(status)
                ?? Fallback(evidence),
        };
    }

    private ReasonDecision ForAddressCode(string status, string fromStatus, string? command, RuleHits diagnostic, RuleHits context)
    {
        if ((Matched(diagnostic, knowledge.AddressOverrides) ?? Matched(context, knowledge.AddressOverrides)) is { } overruled)
        {
            return overruled with { By = $"status:{status}+{overruled.By}" };
        }

        if (fromStatus == ReasonNames.NotAccept && diagnostic.Matches(_userUnknown))
        {
            return new ReasonDecision(ReasonNames.UserUnknown, $"status:{status}+rule:{_userUnknown.Id}") { Rule = _userUnknown, Text = diagnostic.Text };
        }

        return (fromStatus, command) switch
        {
            (ReasonNames.UserUnknown, "MAIL") => new ReasonDecision(ReasonNames.Rejected, $"status:{status}+command:MAIL"),
            _ => new ReasonDecision(fromStatus, "status:" + status),
        };
    }

    private ReasonDecision ForFilteredCode(string status, string? command, RuleHits diagnostic)
    {
        if (command == "RCPT" && diagnostic.Matches(_userUnknown))
        {
            return new ReasonDecision(ReasonNames.UserUnknown, $"status:{status}+rule:{_userUnknown.Id}+command:RCPT") { Rule = _userUnknown, Text = diagnostic.Text };
        }

        return Matched(diagnostic, knowledge.FilteredOverrides) is { } overruled
            ? overruled with { By = $"status:{status}+{overruled.By}" }
            : new ReasonDecision(ReasonNames.Filtered, "status:" + status);
    }

    private ReasonDecision? FromText(RecipientEvidence evidence, RuleHits diagnostic, RuleHits context, PhraseRule[] rules)
    {
        if ((Matched(diagnostic, rules) ?? Matched(context, rules)) is not { } found)
        {
            return null;
        }

        var reason = (found.Reason, evidence.Command) switch
        {
            // Note: an unknown-user answer that did not follow RCPT TO (after DATA, or with no session shown and no
            // X.1.x code) is read as a filter's refusal worded as a missing user, as Sisimai reads it; a directory
            // lookup report (Exchange, Domino) or a provider saying no account exists (Yahoo answers so after DATA,
            // Help SLN3444) says the address itself is unknown.
            (ReasonNames.UserUnknown, not "RCPT" and not "MAIL" and not "HELO" and not "CONN")
                when !StatesNoAddress(diagnostic) && !StatesNoAddress(context) => ReasonNames.Filtered,
            (ReasonNames.UserUnknown or ReasonNames.Filtered or ReasonNames.Rejected or ReasonNames.Expired or ReasonNames.SyntaxError
                or ReasonNames.SystemError or ReasonNames.SecurityError, "HELO" or "CONN") => ReasonNames.Blocked,
            (ReasonNames.UserUnknown or ReasonNames.Filtered, "MAIL") => ReasonNames.Rejected,
            _ => found.Reason,
        };
        return reason == found.Reason ? found : found with { Reason = reason, By = $"{found.By}+command:{evidence.Command ?? "none"}" };
    }

    private bool StatesNoAddress(RuleHits hits) => hits.Matches(_directoryLookup) || hits.Matches(_noAccount);

    /// <summary>The first of <paramref name="rules"/> that matches the text, as a decision naming it.</summary>
    private static ReasonDecision? Matched(RuleHits hits, PhraseRule[] rules) =>
        hits.First(rules) is { } rule ? new ReasonDecision(rule.Reason, "rule:" + rule.Id) { Rule = rule, Text = hits.Text } : null;

    /// <summary>The diagnostic, followed by the transcript's full refusal when the transcript has one.</summary>
    private static string? Completed(string? diagnostic, string context)
    {
        var reply = TranscriptReply.Find(context);
        return reply.Length == 0 ? diagnostic : diagnostic + " " + reply;
    }

    /// <summary>Vendor codes such as Microsoft's 5.4.312 name one cause exactly, unlike the RFC 3463 X.4.2.</summary>
    private static bool IsVendorCode(string status) => status.Length - status.LastIndexOf('.') > 3;

    private static ReasonDecision? BySubject(string? status)
    {
        if (status is null || status.Length < 3)
        {
            return null;
        }

        var reason = status.AsSpan(0, 3) switch
        {
            "5.6" or "4.6" => ReasonNames.ContentError,
            "5.7" or "4.7" => ReasonNames.SecurityError,
            _ => null,
        };
        return reason is null ? null : new ReasonDecision(reason, "subject:" + status[..3]);
    }

    private ReasonDecision Fallback(RecipientEvidence evidence)
    {
        if (evidence.Action is "delayed" or "expired")
        {
            return new ReasonDecision(ReasonNames.Expired, "fallback:action");
        }

        return evidence.Command switch
        {
            "HELO" or "CONN" => new ReasonDecision(ReasonNames.Blocked, "command:" + evidence.Command),
            "MAIL" => new ReasonDecision(ReasonNames.Rejected, "command:MAIL"),
            _ when knowledge.ReasonForReply(evidence.ReplyCode) is { } byReply => new ReasonDecision(byReply, "reply:" + evidence.ReplyCode),
            // Note: "onhold" means the server said something nobody could classify; with nothing said it is "undefined".
            _ => new ReasonDecision(string.IsNullOrEmpty(evidence.Diagnostic) ? ReasonNames.Undefined : ReasonNames.OnHold, "fallback"),
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
