using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Diagnosis;
using NdrBot.Core.Text;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Bounces;

/// <summary>The pasted-fragment path: quoting and HTML removed, then DSN fields or the text scanner.</summary>
internal sealed class PasteAnalysis(ReportBuilder builder, BounceAnalyzerOptions options)
{
    private static readonly HashSet<string> NoExclusions = new(StringComparer.Ordinal);

    public BounceReport Analyze(string text, List<string> notices)
    {
        // Note: binary is told by the share of control characters; a stray NUL (a quoted-printable "=00" decoded
        // in a copied notice) does not make a report binary, and is read as a space. A mail client shows a part it
        // cannot decode as replacement characters, and a person copies those lines with the rest of the notice:
        // lines of which a quarter or more are such characters are dropped first, so they do not make the readable report binary.
        text = DropGarbledLines(text);
        if (LooksBinary(text))
        {
            return BounceReport.NotBounce([.. notices]);
        }

        text = TextTools.NormaliseNewlines(text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', ' ') : text);

        // Note: the returned message is cut off first, so HTML in the original does not make the report read as HTML.
        var uncut = TextTools.Unquote(PasteText.Normalise(text));
        text = OriginalMessageCutter.Cut(uncut);
        if (HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.ToText(text);
        }

        if (SesNotification.Read(text) is { } ses)
        {
            var fromSes = ses.Groups.Select(DsnFields.ToEvidence).OfType<RecipientEvidence>().Take(options.MaxRecipients).ToList();
            if (ses.Feedback is not null && FeedbackReports.From(new MessageFacts { Text = text, Feedback = ses.Feedback }) is { } complaint)
            {
                return complaint with { Notices = [.. notices] };
            }

            if (fromSes.Count > 0)
            {
                return builder.Build(fromSes, text, [.. notices]) with { TotalRecipients = ses.Groups.Count };
            }
        }

        var lower = TextTools.Lower(text);
        if (FeedbackReports.FromText(text) is { } feedback)
        {
            return feedback with { Notices = [.. notices] };
        }

        var hasFields = lower.Contains("final-recipient:", StringComparison.Ordinal) || lower.Contains("diagnostic-code:", StringComparison.Ordinal);
        // Note: the markers are looked for with line breaks as spaces, so a wrapped "said:\n    550" still counts.
        var groupsNotice = GoogleGroupsNotice.In(lower);
        if (!hasFields && !groupsNotice && !BounceMarkers.LooksLikeReport(TextTools.Collapse(lower, lower.Length)) && !BounceMarkers.LooksLikeRefusal(text))
        {
            return NotABounce(uncut, text, notices);
        }

        // Note: the address a Google Groups notice shows is the poster's, in its greeting ("Hello a@b,"), never the
        // group's, so the notice is read without a recipient.
        var evidence = groupsNotice ? [] : TextEvidence.Read(text, NoExclusions, [], options.MaxRecipients);
        if (evidence.Count == 0 && (groupsNotice || BounceMarkers.SaysNotDelivered(text)))
        {
            // Note: a pasted report may show neither the recipient nor a code ("this message could not be
            // delivered"); it is still a bounce, and the words may still tell why and whether it is final.
            evidence = [new RecipientEvidence { Context = TextTools.Collapse(text, 4000) }];
        }

        return evidence.Count == 0
            ? NotABounce(uncut, text, notices)
            : builder.Build(evidence, text, [.. notices]) with
            {
                TotalRecipients = TextEvidence.CountAll(text, NoExclusions, evidence.Count, options.MaxRecipients),
            };
    }

    // Note: Microsoft's JMRP complaint is the complained-of message itself, attached with an X-HmXmrOriginalRecipient
    // header; a paste of it shows that header below the attachment line, where the returned message is cut off, so a
    // paste read as no bounce is asked again, with the attachment kept, whether it is a complaint.
    // A paste that is neither and reads as an out-of-office note is an auto-reply.
    private static BounceReport NotABounce(string uncut, string cut, List<string> notices)
    {
        if (!ReferenceEquals(uncut, cut) && FeedbackReports.FromText(uncut) is { } attached)
        {
            return attached with { Notices = [.. notices] };
        }

        return BounceMarkers.LooksLikeAutoReplyNote(cut)
            ? new BounceReport(ExplanationKind.AutoReply, [ReportBuilder.NonFailure(null, ReasonNames.Vacation)]) { Notices = [.. notices] }
            : BounceReport.NotBounce([.. notices]);
    }

    private static bool LooksBinary(string text)
    {
        var sample = text.AsSpan(0, Math.Min(text.Length, 8192));
        return Garbled(sample) * 20 > sample.Length;
    }

    /// <summary>The text without its lines of which a quarter or more are control or replacement characters.</summary>
    private static string DropGarbledLines(string text)
    {
        if (Garbled(text) == 0)
        {
            return text;
        }

        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            if (line.Length < 8 || Garbled(line) * 4 < line.Length)
            {
                kept.Append(line).Append('\n');
            }
        }

        return kept.ToString();
    }

    private static int Garbled(ReadOnlySpan<char> text)
    {
        var bad = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not ('\r' or '\n' or '\t') || c == '\uFFFD')
            {
                bad++;
            }
        }

        return bad;
    }
}
