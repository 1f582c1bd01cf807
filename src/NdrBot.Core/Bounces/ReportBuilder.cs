using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces;

/// <summary>Turns gathered evidence into the final report: reason, status, catalogue entry, checklists.</summary>
internal sealed class ReportBuilder(CodeCatalogue catalogue, ReasonKnowledge knowledge)
{
    private readonly ReasonClassifier _classifier = new(knowledge);

    private static readonly HashSet<string> HardReasons = new(StringComparer.Ordinal)
    {
        ReasonNames.UserUnknown, ReasonNames.HostUnknown, ReasonNames.HasMoved, ReasonNames.NotAccept,
    };

    public BounceReport Build(IReadOnlyList<RecipientEvidence> evidence, string reportText, IReadOnlyList<string> notices)
    {
        var vendor = VendorDetector.Detect(reportText.Length > 100_000 ? reportText[..100_000] : reportText);
        var replyStatus = knowledge.ReplyStatusFor(reportText.Length > 100_000 ? reportText[..100_000] : reportText);
        var byWords = DeliveryStateReader.FromReport(reportText);
        var recipients = evidence.Select(e => ToRecipient(e, vendor, byWords, replyStatus)).ToList();
        var checklists = new List<Checklist>();
        if (TelstraRule.Applies(reportText, evidence) && catalogue.FindChecklist(TelstraRule.ChecklistId) is { } telstra)
        {
            checklists.Add(telstra);
        }

        return new BounceReport(ExplanationKind.Bounce, recipients) { Vendor = vendor, Notices = notices, Checklists = checklists };
    }

    // Note: the sender of an auto-reply or the original's To come from MimeKit as they were written, so a cut or
    // bare From ("<mai", "mailer-daemon") would stand as a recipient; fuzzing found both. Only an address is kept.
    public static FailedRecipient NonFailure(string? recipient, string reason) =>
        new() { Recipient = AddressScanner.First(recipient), Reason = reason, Diagnostic = null };

    private FailedRecipient ToRecipient(RecipientEvidence evidence, Vendor? vendor, DeliveryVerdict? byWords, IReadOnlyDictionary<string, string>? replyStatus)
    {
        var stated = StatusResolver.Stated(evidence);
        var statusClass = StatusResolver.ClassOf(evidence, stated, knowledge);
        var decision = _classifier.Decide(evidence with { Status = stated });
        var reason = decision.Reason;
        var status = stated ?? StatusResolver.Unstated(evidence.ReplyCode, statusClass, replyStatus, reason, evidence.Diagnostic, knowledge);
        var reply = StatusResolver.Reply(evidence.ReplyCode, stated);
        var permanent = status[0] == '5';
        var delivery = DeliveryStateReader.ForRecipient(evidence.Action, status, byWords);

        // Note: a reply without an enhanced code is reported as X.0.0, which explains nothing; the card explains the
        // code the reason stands for instead (the finding keeps the report's status).
        var explained = stated is null && status.EndsWith(".0.0", StringComparison.Ordinal)
            ? StatusResolver.Infer(statusClass, reason, evidence.Diagnostic, knowledge) : status;
        return new FailedRecipient
        {
            Recipient = evidence.Recipient,
            Status = status,
            StatusInferred = stated is null,
            ReplyCode = reply,
            Reason = reason,
            Decision = decision,
            Permanent = permanent,
            HardBounce = permanent && HardReasons.Contains(reason),
            Action = evidence.Action,
            Delivery = delivery.State,
            DeliveryBasis = delivery.Basis,
            RemoteMta = evidence.RemoteMta,
            Diagnostic = string.IsNullOrEmpty(evidence.Diagnostic) ? null : evidence.Diagnostic,
            Lookup = Lookup(explained, new LookupContext(vendor, evidence.Diagnostic ?? evidence.Context, reply)),
        };
    }

    private LookupResult? Lookup(string status, LookupContext context)
    {
        if (!StatusCode.TryParse(status, out var code))
        {
            return null;
        }

        try
        {
            return catalogue.Lookup(code, context);
        }
        catch (InvalidOperationException)
        {
            // Note: a catalogue without a class entry for this code's class; the finding stands without an entry.
            return null;
        }
    }
}
