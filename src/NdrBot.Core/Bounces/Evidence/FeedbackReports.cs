using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>ARF (RFC 5965) abuse reports: a <c>message/feedback-report</c> part or its fields in the text.</summary>
internal static class FeedbackReports
{
    private const int MaxReported = 100;

    private static readonly PhraseSet FeedbackType = new(["feedback-type"], StringComparison.OrdinalIgnoreCase);

    // Note: the human-readable part of a report, as mail clients show it without the machine-readable one: the
    // wording of RFC 5965's example ("This is an email abuse report for an email message received from IP ..."),
    // also as operators put their name before it ("This is a <name> Abuse Report for an email message received
    // from ..."), RFC 6591's authentication failure reports, and the header Microsoft's JMRP reports carry.
    private static readonly (string Phrase, string Type)[] ReportWording =
    [
        ("email abuse report", "abuse"), ("abuse report for an email message", "abuse"), ("authentication failure report", "auth-failure"),
        ("authentication-failure report", "auth-failure"), ("x-hmxmroriginalrecipient:", "abuse"),
    ];

    private static readonly PhraseSet AnyWording = new([.. ReportWording.Select(w => w.Phrase)], StringComparison.OrdinalIgnoreCase);

    public static BounceReport? From(MessageFacts facts)
    {
        var fields = facts.Feedback;
        if (fields is null)
        {
            // Note: a Feedback-Type field needs its name in the text; one vectorised search saves reading the
            // field blocks of every other report.
            var inText = FeedbackType.In(facts.Text)
                ? DsnFields.Read(facts.Text, 4, blankLineEndsGroup: false).FirstOrDefault(g => g.ContainsKey("feedback-type"))
                : null;
            var worded = inText is null ? Wording(facts.Text) : null;
            if (inText is null && worded is null && !IsComplaintSubject(facts.Subject))
            {
                return null;
            }

            fields = inText ?? new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["feedback-type"] = worded ?? "abuse" };
        }

        var type = Get(fields, "feedback-type")?.Trim();
        var reported = Reported((facts.Feedback is null ? FieldLines(facts.Text, "original-rcpt-to:") : null) ?? Get(fields, "original-rcpt-to"));
        if (reported.Count == 0)
        {
            reported.Add(AddressScanner.First(Get(fields, "removal-recipient"))
                ?? JmrpRecipient(facts.Text)
                ?? (facts.OriginalTo.Count > 0 ? facts.OriginalTo[0] : null));
        }

        return new BounceReport(ExplanationKind.Feedback,
            [.. reported.Select(r => ReportBuilder.NonFailure(r, ReasonNames.Feedback) with { Diagnostic = type, FeedbackType = type })]);
    }

    // Note: one finding per reported recipient (RFC 5965 §3.2: Original-Rcpt-To once for each), in their order.
    private static List<string?> Reported(string? values) =>
        values is null ? [] : [.. AddressScanner.Scan(values.AsSpan(), MaxReported).Select(f => (string?)f.Address).Distinct(StringComparer.OrdinalIgnoreCase)];

    // Note: a pasted report is read as field groups in which a repeated name opens a new group, so every line of
    // the field is gathered from the text itself.
    private static string? FieldLines(string text, string name)
    {
        var values = new List<string>();
        for (var at = text.IndexOf(name, StringComparison.OrdinalIgnoreCase); at >= 0 && values.Count < MaxReported;
            at = text.IndexOf(name, at + name.Length, StringComparison.OrdinalIgnoreCase))
        {
            if (at == 0 || text[at - 1] == '\n')
            {
                var end = text.IndexOf('\n', at);
                values.Add(text[(at + name.Length)..(end < 0 ? text.Length : end)]);
            }
        }

        return values.Count == 0 ? null : string.Join('\n', values);
    }

    /// <summary>Pasted ARF text: the same fields without MIME around them, or only the report's wording.</summary>
    public static BounceReport? FromText(string text) =>
        FeedbackType.In(text) || AnyWording.In(text) ? From(new MessageFacts { Text = text }) : null;

    /// <summary>The feedback type the report's wording implies, when it has the wording.</summary>
    private static string? Wording(string text)
    {
        var at = AnyWording.IndexIn(text);
        return at < 0 ? null : ReportWording.First(w => text.AsSpan(at).StartsWith(w.Phrase, StringComparison.OrdinalIgnoreCase)).Type;
    }

    /// <summary>The complaining recipient Microsoft's JMRP reports name in an X-HmXmrOriginalRecipient header.</summary>
    private static string? JmrpRecipient(string text)
    {
        var at = text.IndexOf("x-hmxmroriginalrecipient:", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return null;
        }

        var end = text.IndexOf('\n', at);
        return AddressScanner.First(text[at..(end < 0 ? text.Length : end)]);
    }

    // Note: Hotmail's older JMRP complaints are multipart/mixed without a feedback-report part (arf-23, arf-24).
    private static bool IsComplaintSubject(string subject) =>
        subject.Contains("complaint about message from", StringComparison.OrdinalIgnoreCase);

    private static string? Get(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : null;
}
