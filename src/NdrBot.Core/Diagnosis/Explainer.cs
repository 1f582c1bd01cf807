using NdrBot.Core.Bounces;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Diagnosis;

/// <summary>
/// Turns what someone typed or pasted into an <see cref="Explanation"/>. A whole message or a pasted bounce goes
/// through the <see cref="BounceAnalyzer"/> (one finding per failed recipient); anything else, such as a chat
/// question naming a code, gets each code recognized and looked up with the surrounding text as context.
/// </summary>
public sealed class Explainer(CodeCatalogue catalogue, CodeRecognizer recognizer)
{
    private readonly BounceAnalyzer _bounces = new(catalogue);

    /// <summary>An explainer over <paramref name="catalogue"/>, recognising that catalogue's checklists.</summary>
    public Explainer(CodeCatalogue catalogue)
        : this(catalogue, new CodeRecognizer(catalogue.Checklists))
    {
    }

    public Explainer()
        : this(CodeCatalogue.Default)
    {
    }

    public Explanation Explain(string? text)
    {
        if (BounceGate.LooksLikeBounce(text) && BounceExplanations.From(_bounces.AnalyzeText(text), Checklists(text), catalogue) is { } bounce)
        {
            return bounce;
        }

        return ExplainQuestion(text);
    }

    /// <summary>A whole message as bytes (an uploaded .eml).</summary>
    public Explanation Explain(byte[]? message)
    {
        var report = _bounces.Analyze(message);
        return BounceExplanations.From(report, [], catalogue)
            ?? new Explanation(report.Kind == ExplanationKind.Bounce ? ExplanationKind.NotBounce : report.Kind, [], []) { Notices = report.Notices };
    }

    // Note: keywords only; the bounce analyser has already read the codes, so a full recognition pass is not needed.
    private List<Checklist> Checklists(string? text) =>
        recognizer.FindChecklistIds(text).Select(catalogue.FindChecklist).OfType<Checklist>().ToList();

    private Explanation ExplainQuestion(string? text)
    {
        var recognition = recognizer.Recognize(text);
        var read = text is { Length: > CodeRecognizer.MaxInputChars } ? text[..CodeRecognizer.MaxInputChars] : text;
        var vendor = VendorDetector.Detect(read);
        var delivery = DeliveryStateReader.ForQuestion(read);
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
                Delivery = delivery.State,
                DeliveryBasis = delivery.Basis,
                Vendor = vendor,
                Lookup = lookup,
            });
        }

        // Note: a provider's own code ("TSS04", "[CS01]", "S3150") is no status code, so it is looked up on its own
        // unless a code in the text already led to its entry.
        foreach (var (code, entry) in catalogue.FindProviderCodes(read))
        {
            if (findings.Exists(f => ReferenceEquals(f.Lookup.Entry, entry)))
            {
                continue;
            }

            findings.Add(new Finding
            {
                Status = entry.IsReplyCode ? null : entry.Code,
                ReplyCode = entry.ReplyCodes.Count > 0 ? entry.ReplyCodes[0] : null,
                Reason = entry.Reason,
                Permanent = entry.Code[0] == '5',
                Delivery = delivery.State,
                DeliveryBasis = delivery.Basis,
                Vendor = vendor,
                Lookup = new LookupResult(code, entry, false, null) { MatchedBy = code },
            });
        }

        var checklists = recognition.ChecklistIds.Select(catalogue.FindChecklist).OfType<Checklist>().ToList();
        var notices = recognition.Truncated ? new[] { $"Only the first {CodeRecognizer.MaxInputChars:N0} characters were read." } : [];
        return new Explanation(ExplanationKind.Question, findings, checklists) { Notices = notices };
    }
}
