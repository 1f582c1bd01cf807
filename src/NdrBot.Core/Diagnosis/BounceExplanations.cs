using NdrBot.Core.Bounces;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Diagnosis;

/// <summary>Maps a <see cref="BounceReport"/> to an <see cref="Explanation"/>: one finding per failed recipient.</summary>
internal static class BounceExplanations
{
    /// <summary>
    /// Null when the report found nothing to say (the caller falls back to the question path). Whether each recipient
    /// is final or still retried is the report's own (<see cref="FailedRecipient.Delivery"/>), so <c>scan</c> and
    /// <c>explain</c> say the same.
    /// </summary>
    public static Explanation? From(BounceReport report, IReadOnlyList<Checklist> extraChecklists, CodeCatalogue catalogue)
    {
        if (report.Kind == ExplanationKind.NotBounce || report.Recipients.Count == 0)
        {
            return null;
        }

        var findings = report.Recipients.Where(r => r.Lookup is not null).Select(r => ToFinding(r, report.Vendor, catalogue)).ToList();
        var checklists = report.Checklists.Concat(extraChecklists).DistinctBy(c => c.Id).ToList();
        var unexplained = report.Recipients.Count - findings.Count;
        return new Explanation(report.Kind, findings, checklists) { Notices = report.Notices, TotalFindings = report.TotalRecipients - unexplained };
    }

    private static Finding ToFinding(FailedRecipient recipient, Vendor? vendor, CodeCatalogue catalogue) =>
        new()
        {
            Recipient = recipient.Recipient,
            Status = recipient.Status,
            ReplyCode = recipient.ReplyCode,
            Reason = recipient.Reason,
            Permanent = recipient.Permanent,
            Delivery = recipient.Delivery,
            DeliveryBasis = recipient.DeliveryBasis,
            RemoteMta = recipient.RemoteMta,
            Diagnostic = recipient.Diagnostic,
            Vendor = vendor,
            Lookup = ByWords(recipient, vendor, catalogue) ?? recipient.Lookup!,
        };

    /// <summary>
    /// When the bounce carried no enhanced code, the status was only a guess from the reason, so the remote server's
    /// words may name a better entry anywhere in the class (Yahoo's "554 delivery error: dd This user doesn't have a
    /// yahoo.com account", Mimecast's "550 Envelope blocked - User Entry").
    /// </summary>
    private static LookupResult? ByWords(FailedRecipient recipient, Vendor? vendor, CodeCatalogue catalogue)
    {
        if (!recipient.StatusInferred || recipient.Lookup?.MatchedBy is not null || recipient.Status is not { Length: > 0 } status
            || status[0] is not ('4' or '5') || string.IsNullOrEmpty(recipient.Diagnostic))
        {
            return null;
        }

        return catalogue.LookupByWords(new LookupContext(vendor, recipient.Diagnostic, recipient.ReplyCode), status[0] - '0', status);
    }
}
