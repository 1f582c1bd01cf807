using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Vendors;

namespace NdrBot.Cards.Building;

/// <summary>Turns a finding's catalogue entry into the code section a card shows.</summary>
internal static class CodeSections
{
    public static CodeSection From(Finding finding)
    {
        var lookup = finding.Lookup;
        var entry = lookup.Entry;
        return new CodeSection
        {
            Code = PlainText.Clean(finding.Status ?? lookup.Requested, AnswerLimits.ShortFieldChars),
            ReplyCode = finding.ReplyCode is null ? null : PlainText.Clean(finding.ReplyCode, AnswerLimits.ShortFieldChars),
            Title = PlainText.Clean(entry.Title, AnswerLimits.ShortFieldChars),
            Meaning = PlainText.Clean(entry.Meaning, AnswerLimits.LongTextChars),
            Transient = entry.Transient,
            Delivery = finding.Delivery,
            DeliveryBasis = finding.DeliveryBasis is null ? null : PlainText.Clean(finding.DeliveryBasis, AnswerLimits.LongTextChars),
            Steps = [.. entry.Steps.Take(AnswerLimits.MaxStepsPerCode).Select(StepText.Format)],
            VendorNote = VendorNote(finding.Vendor, entry),
            InferredFrom = lookup.Inferred ? lookup.InferredFrom : null,
            Link = FirstLink(entry),
        };
    }

    /// <summary>Findings with the same code and reply code collapse into one section.</summary>
    public static IReadOnlyList<CodeSection> Distinct(IEnumerable<Finding> findings) =>
        [.. findings.DistinctBy(f => (f.Status ?? f.Lookup.Requested, f.ReplyCode)).Take(AnswerLimits.MaxCodes).Select(From)];

    private static string? VendorNote(Vendor? vendor, CatalogueEntry entry)
    {
        if (vendor is not { } v || entry.Notes.FirstOrDefault(n => n.Vendor == v) is not { } note)
        {
            return null;
        }

        return StepText.VendorName(v) + ": " + PlainText.Clean(note.Text, AnswerLimits.LongTextChars);
    }

    private static Uri? FirstLink(CatalogueEntry entry) =>
        entry.Links
            .Select(l => Uri.TryCreate(l, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttps ? u : null)
            .FirstOrDefault(u => u is not null && u.AbsoluteUri.Length <= 2000);
}
