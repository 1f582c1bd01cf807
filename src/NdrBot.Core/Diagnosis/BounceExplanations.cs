using NdrBot.Core.Bounces;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Diagnosis;

/// <summary>Maps a <see cref="BounceReport"/> to an <see cref="Explanation"/>: one finding per failed recipient.</summary>
internal static class BounceExplanations
{
    /// <summary>Null when the report found nothing to say (the caller falls back to the question path).</summary>
    public static Explanation? From(BounceReport report, IReadOnlyList<Checklist> extraChecklists)
    {
        if (report.Kind == ExplanationKind.NotBounce || report.Recipients.Count == 0)
        {
            return null;
        }

        var findings = report.Recipients.Where(r => r.Lookup is not null).Select(r => ToFinding(r, report.Vendor)).ToList();
        var checklists = report.Checklists.Concat(extraChecklists).DistinctBy(c => c.Id).ToList();
        return new Explanation(report.Kind, findings, checklists) { Notices = report.Notices };
    }

    private static Finding ToFinding(FailedRecipient recipient, Vendor? vendor) => new()
    {
        Recipient = recipient.Recipient,
        Status = recipient.Status,
        ReplyCode = recipient.ReplyCode,
        Reason = recipient.Reason,
        Permanent = recipient.Permanent,
        RemoteMta = recipient.RemoteMta,
        Diagnostic = recipient.Diagnostic,
        Vendor = vendor,
        Lookup = recipient.Lookup!,
    };
}
