using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>What "well-formed" means for each result, whatever the input was.</summary>
internal static class ReportChecks
{
    /// <summary>RFC 5321 §4.5.3.1: 64 octets of local part, 255 of domain, one @.</summary>
    private const int MaxAddress = 64 + 1 + 255;

    public static void WellFormed(BounceReport report, BounceAnalyzerOptions options)
    {
        Assert.NotNull(report.Recipients);
        Assert.NotNull(report.Notices);
        Assert.True(report.Recipients.Count <= options.MaxRecipients, $"{report.Recipients.Count} recipients > {options.MaxRecipients}");
        if (report.Kind == ExplanationKind.NotBounce)
        {
            Assert.Empty(report.Recipients);
        }

        foreach (var recipient in report.Recipients)
        {
            Assert.True(recipient.Recipient is null || LooksLikeAddress(recipient.Recipient), $"recipient '{recipient.Recipient}' is not an address");
            Assert.True(recipient.Status is null || StatusCode.TryParse(recipient.Status, out _), $"status '{recipient.Status}' does not parse");
            // Note: the analyser also reports 570/571, which real servers send though RFC 5321 §4.2 has no x7x.
            Assert.True(recipient.ReplyCode is null || SmtpReplies.IsKnown(recipient.ReplyCode), $"reply code '{recipient.ReplyCode}' is not one servers send");
            Assert.Contains(recipient.Reason, ReasonVocabulary.All);
            Assert.True(recipient.Status is null || recipient.Permanent == (recipient.Status[0] == '5'), $"permanent={recipient.Permanent} for {recipient.Status}");
            Assert.True(recipient.Diagnostic is null || recipient.Diagnostic.Length <= 8000, "diagnostic is unbounded");
        }
    }

    public static void WellFormed(Explanation explanation)
    {
        foreach (var finding in explanation.Findings)
        {
            Assert.NotNull(finding.Lookup);
            Assert.True(finding.Status is not null || finding.ReplyCode is not null || explanation.Kind != ExplanationKind.Question, "a question finding names no code");
            Assert.True(finding.Status is null || StatusCode.TryParse(finding.Status, out _), $"status '{finding.Status}' does not parse");
            Assert.True(finding.ReplyCode is null || ReplyCode.IsValid(finding.ReplyCode) || SmtpReplies.IsKnown(finding.ReplyCode), $"reply code '{finding.ReplyCode}' is not one");
            Assert.True(finding.Recipient is null || LooksLikeAddress(finding.Recipient), $"recipient '{finding.Recipient}' is not an address");
        }
    }

    /// <summary>Each mention names a valid code, stands where the text has it, once, in order, within the cap.</summary>
    public static void WellFormed(RecognitionResult result, string text)
    {
        var scanned = text.AsSpan(0, Math.Min(text.Length, CodeRecognizer.MaxInputChars));
        Assert.Equal(text.Length > CodeRecognizer.MaxInputChars, result.Truncated);
        var previous = -1;
        foreach (var mention in result.Mentions)
        {
            Assert.True(mention.Status is not null || mention.ReplyCode is not null, "a mention with no code");
            Assert.True(mention.Status is null || StatusCode.TryParse(mention.Status, out _), $"status '{mention.Status}' does not parse");
            Assert.True(mention.ReplyCode is null || ReplyCode.IsValid(mention.ReplyCode), $"reply code '{mention.ReplyCode}' is not one");
            Assert.InRange(mention.Index, previous, scanned.Length - 1);
            Assert.True(scanned[mention.Index..].StartsWith(mention.ReplyCode ?? mention.Status, StringComparison.OrdinalIgnoreCase), $"'{mention.Code}' is not at {mention.Index}");
            Assert.True(mention.Context.Length <= 300 && mention.Context.IndexOfAny(['\r', '\n']) < 0, "context is not one bounded line");
            previous = mention.Index;
        }

        var statuses = result.Mentions.Where(m => m.Status is not null).Select(m => m.Status).ToList();
        Assert.Equal(statuses.Count, statuses.Distinct(StringComparer.Ordinal).Count());
    }

    public static bool LooksLikeAddress(string address)
    {
        var at = address.LastIndexOf('@');
        return address.Length <= MaxAddress && at > 0 && at < address.Length - 1
            && !address.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>');
    }
}
