using NdrBot.Cards.Building;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary>
/// What a case keeps of its first answer (<see cref="CaseDetails"/>), and the explanation a later card is built from:
/// the stored findings with their catalogue entries, never the paste read again.
/// </summary>
internal sealed class CaseFindings(CodeCatalogue catalogue)
{
    private const string BounceKind = "bounce";

    private const string QuestionKind = "question";

    public static CaseDetails From(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return new CaseDetails
        {
            Kind = explanation.Kind == ExplanationKind.Bounce ? BounceKind : QuestionKind,
            Findings = [.. explanation.Findings.Select(Keep)],
            TotalFindings = explanation.TotalFindings > explanation.Findings.Count ? explanation.TotalFindings : null,
        };
    }

    /// <summary>The explanation a stored case's card shows: its findings and checklist as the catalogue has them now.</summary>
    public Explanation ToExplanation(CaseDetails details, IReadOnlyList<Checklist> checklists)
    {
        ArgumentNullException.ThrowIfNull(details);
        var findings = details.Findings.Select(Restore).OfType<Finding>().ToList();
        return new Explanation(details.Kind == BounceKind ? ExplanationKind.Bounce : ExplanationKind.Question, findings, checklists)
        {
            TotalFindings = details.TotalFindings ?? 0,
        };
    }

    private static CaseFinding Keep(Finding f) => new()
    {
        Code = f.Lookup.Requested,
        Status = f.Status,
        ReplyCode = f.ReplyCode,
        Recipient = f.Recipient,
        Reason = f.Reason,
        Permanent = f.Permanent,
        Delivery = f.Delivery.ToString(),
        DeliveryBasis = f.DeliveryBasis,
        RemoteServer = f.RemoteMta,
        Diagnostic = f.Diagnostic is null ? null : PlainText.Clean(f.Diagnostic, AnswerLimits.RemoteWordsChars),
        Vendor = f.Vendor?.ToString(),
        EntryCode = f.Lookup.Entry.Code,
        EntryVendor = f.Lookup.Entry.Vendor.ToString(),
        EntryVariant = f.Lookup.Entry.Variant,
        InferredFrom = f.Lookup.Inferred ? f.Lookup.InferredFrom : null,
    };

    /// <summary>Null when the code no longer reads as one (a catalogue of another build); the card then leaves it out.</summary>
    private Finding? Restore(CaseFinding stored)
    {
        var vendor = Enum.TryParse<Vendor>(stored.Vendor, out var v) ? v : (Vendor?)null;
        var lookup = SameEntry(stored) ?? catalogue.Lookup(stored.Code, new LookupContext(vendor, stored.Diagnostic, stored.ReplyCode));
        return lookup is null ? null : new Finding
        {
            Status = stored.Status,
            ReplyCode = stored.ReplyCode,
            Recipient = stored.Recipient,
            Reason = stored.Reason,
            Permanent = stored.Permanent,
            Delivery = Enum.TryParse<DeliveryState>(stored.Delivery, out var delivery) ? delivery : DeliveryState.Unknown,
            DeliveryBasis = stored.DeliveryBasis,
            RemoteMta = stored.RemoteServer,
            Diagnostic = stored.Diagnostic,
            Vendor = vendor,
            Lookup = lookup,
        };
    }

    /// <summary>The entry that answered when the case was opened, while the catalogue still has it.</summary>
    private LookupResult? SameEntry(CaseFinding stored) =>
        stored.EntryCode is { } code
        && catalogue.Entries.FirstOrDefault(e => e.Code == code && e.Vendor.ToString() == stored.EntryVendor && e.Variant == (stored.EntryVariant ?? "")) is { } entry
            ? new LookupResult(stored.Code, entry, stored.InferredFrom is not null, stored.InferredFrom)
            : null;
}
