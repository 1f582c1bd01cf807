using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>ARF (RFC 5965) abuse reports: a <c>message/feedback-report</c> part or its fields in the text.</summary>
internal static class FeedbackReports
{
    private static readonly PhraseSet FeedbackType = new(["feedback-type"], StringComparison.OrdinalIgnoreCase);

    public static BounceReport? From(MessageFacts facts)
    {
        var fields = facts.Feedback;
        if (fields is null)
        {
            // Note: a Feedback-Type field needs its name in the text; one vectorised search saves reading the
            // field blocks of every other report.
            var inText = FeedbackType.In(facts.Text)
                ? DsnFields.ParseText(facts.Text, 4).FirstOrDefault(g => g.ContainsKey("feedback-type"))
                : null;
            if (inText is null && !IsComplaintSubject(facts.Subject))
            {
                return null;
            }

            fields = inText ?? new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var recipient = AddressScanner.First(Get(fields, "original-rcpt-to"))
            ?? AddressScanner.First(Get(fields, "removal-recipient"))
            ?? (facts.OriginalTo.Count > 0 ? facts.OriginalTo[0] : null);
        var entry = ReportBuilder.NonFailure(recipient, ReasonNames.Feedback) with { Diagnostic = Get(fields, "feedback-type") };
        return new BounceReport(ExplanationKind.Feedback, [entry]);
    }

    /// <summary>Pasted ARF text: the same fields without MIME around them.</summary>
    public static BounceReport? FromText(string text) =>
        From(new MessageFacts { Text = text });

    // Note: Hotmail's older JMRP complaints are multipart/mixed without a feedback-report part (arf-23, arf-24).
    private static bool IsComplaintSubject(string subject) =>
        subject.Contains("complaint about message from", StringComparison.OrdinalIgnoreCase);

    private static string? Get(IReadOnlyDictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : null;
}
