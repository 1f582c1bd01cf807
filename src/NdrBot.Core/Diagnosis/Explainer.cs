using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;

namespace NdrBot.Core.Diagnosis;

/// <summary>
/// Turns what someone typed or pasted into an <see cref="Explanation"/>: each code recognized, looked up in the
/// catalogue with the surrounding text as context, plus checklists whose keywords occur.
/// </summary>
public sealed class Explainer(CodeCatalogue catalogue, CodeRecognizer recognizer)
{
    public Explainer()
        : this(CodeCatalogue.Default, new CodeRecognizer())
    {
    }

    public Explanation Explain(string? text)
    {
        var recognition = recognizer.Recognize(text);
        var vendor = VendorDetector.Detect(text is { Length: > CodeRecognizer.MaxInputChars } ? text[..CodeRecognizer.MaxInputChars] : text);
        var findings = new List<Finding>();
        foreach (var mention in recognition.Mentions)
        {
            var context = new LookupContext(vendor, mention.Context, mention.ReplyCode);
            if (catalogue.Lookup(mention.Code, context) is not { } lookup)
            {
                continue;
            }

            findings.Add(new Finding
            {
                Status = mention.Status,
                ReplyCode = mention.ReplyCode,
                Reason = lookup.Entry.Reason,
                Permanent = mention.Code[0] == '5',
                Vendor = vendor,
                Lookup = lookup,
            });
        }

        var checklists = recognition.ChecklistIds.Select(catalogue.FindChecklist).OfType<Checklist>().ToList();
        var notices = recognition.Truncated ? new[] { $"Only the first {CodeRecognizer.MaxInputChars:N0} characters were read." } : [];
        return new Explanation(ExplanationKind.Question, findings, checklists) { Notices = notices };
    }
}
