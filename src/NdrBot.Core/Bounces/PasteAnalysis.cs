using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces;

/// <summary>The pasted-fragment path: quoting and HTML removed, then DSN fields or the text scanner.</summary>
internal sealed class PasteAnalysis(ReportBuilder builder, BounceAnalyzerOptions options)
{
    private static readonly HashSet<string> NoExclusions = new(StringComparer.Ordinal);

    public BounceReport Analyze(string text, List<string> notices)
    {
        if (text.Any(c => c == '\0') || LooksBinary(text))
        {
            return BounceReport.NotBounce([.. notices]);
        }

        text = TextTools.NormaliseNewlines(text);
        if (HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.ToText(text);
        }

        text = OriginalMessageCutter.Cut(TextTools.Unquote(text));
        var lower = TextTools.Lower(text);
        if (lower.Contains("feedback-type:", StringComparison.Ordinal) && FeedbackReports.FromText(text) is { } feedback)
        {
            return feedback with { Notices = [.. notices] };
        }

        var hasFields = lower.Contains("final-recipient:", StringComparison.Ordinal) || lower.Contains("diagnostic-code:", StringComparison.Ordinal);
        if (!hasFields && !BounceMarkers.LooksLikeReport(lower))
        {
            return BounceReport.NotBounce([.. notices]);
        }

        var evidence = TextEvidence.Read(text, NoExclusions, [], options.MaxRecipients);
        return evidence.Count == 0
            ? new BounceReport(ExplanationKind.NotBounce, []) { Notices = [.. notices] }
            : builder.Build(evidence, text, [.. notices]);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        var bad = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t') || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad * 20 > sample.Length;
    }
}
