using System.Collections.Concurrent;
using MimeKit;
using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Text;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Bounces;

/// <summary>The whole-message path: MimeKit parse, then DSN groups, ARF, vendor text, auto-reply, forwarded bounce.</summary>
internal sealed class MessageAnalysis(ReportBuilder builder, BounceAnalyzerOptions options)
{
    private const int MaxForwardNesting = 3;
    private const int MaxMboxMessages = 100;

    // Note: made once; MimeKit only reads the options while parsing, so one instance serves every call and thread.
    private readonly ParserOptions _parserOptions = new() { MaxMimeDepth = options.MaxMimeDepth };

    /// <summary>At most as many parsers as analyses ever ran at once.</summary>
    private readonly ConcurrentBag<MimeParser> _parsers = [];

    public BounceReport Analyze(byte[] data, List<string> notices)
    {
        if (data.Length == 0 || BounceAnalyzer.LooksBinary(data))
        {
            return BounceReport.NotBounce([.. notices]);
        }

        // Note: a file that opens with an mbox "From " line may hold several messages, each opening with one after a
        // blank line (rfc3464-28): every message is read and the bounces' recipients are reported in file order.
        BounceReport? combined = null;
        var start = 0;
        for (var count = 0; start < data.Length && count < MaxMboxMessages; count++)
        {
            start += LeadingBlankLines(data.AsSpan(start));
            var skip = start + SkipMboxLine(data.AsSpan(start));
            var end = skip > start ? NextMboxMessage(data, skip) : data.Length;
            var report = AnalyzeOne(data, skip, end, notices);
            combined = combined is null ? report : Combine(combined, report);
            start = end;
        }

        return combined ?? BounceReport.NotBounce([.. notices]);
    }

    private BounceReport AnalyzeOne(byte[] data, int start, int end, List<string> notices)
    {
        // Note: only a message followed by another in the same mbox file is copied out; the usual single message is
        // read in place unless its headers need bounding.
        var limited = HeaderFolds.Limit(end == data.Length ? data : data[..end], start);
        using var stream = new MemoryStream(limited, start, limited.Length - start, false);

        // Note: persistent, so part contents stay slices of the input instead of being copied out while parsing;
        // the stream outlives every read of them (the analysis ends inside this method). MimeKit's messages,
        // entities and contents have finalizers: disposing them here keeps every parse from surviving a GC and
        // waiting for the finalizer thread (most of the analysis time went to those collections).
        // Note: parsers are reused (a new one allocated a fifth of a typical analysis's bytes); each call takes its
        // own from the pool, and a returned parser lets go of the input.
        var parser = _parsers.TryTake(out var pooled) ? pooled : new MimeParser(_parserOptions, Stream.Null, MimeFormat.Entity);
        try
        {
            parser.SetStream(stream, MimeFormat.Entity, persistent: true);
            using var message = parser.ParseMessage();
            return Analyze(message, notices, 0);
        }
        finally
        {
            parser.SetStream(Stream.Null, MimeFormat.Entity);
            _parsers.Add(parser);
        }
    }

    private static BounceReport Combine(BounceReport first, BounceReport next) => (first.Kind, next.Kind) switch
    {
        (ExplanationKind.Bounce, ExplanationKind.Bounce) => first with
        {
            Recipients = [.. first.Recipients, .. next.Recipients],
            TotalRecipients = first.TotalRecipients + next.TotalRecipients,
            Checklists = [.. first.Checklists, .. next.Checklists.Where(c => !first.Checklists.Any(f => f.Id == c.Id))],
        },
        (ExplanationKind.NotBounce, _) => next,
        _ => first,
    };

    /// <summary>Where the next mbox message starts: a "From " line after a blank line; the end when there is none.</summary>
    private static int NextMboxMessage(byte[] data, int from)
    {
        var at = data.AsSpan(from).IndexOf("\n\nFrom "u8);
        return at < 0 ? data.Length : from + at + 2;
    }

    private BounceReport Analyze(MimeMessage message, List<string> notices, int nesting)
    {
        var facts = MessageInspector.Inspect(message, options.MaxMimeDepth);
        if (facts.DepthExceeded)
        {
            notices.Add($"MIME parts nested deeper than {options.MaxMimeDepth} levels were not read.");
        }

        if (facts.DsnGroups.Count == 0 && facts.Feedback is null && SesNotification.Read(facts.Text) is { } ses)
        {
            facts = facts with { DsnGroups = ses.Groups, Feedback = ses.Feedback };
        }

        if (FeedbackReports.From(facts) is { } feedback)
        {
            return feedback with { Notices = [.. notices] };
        }

        var (evidence, total) = Evidence(facts);
        if (evidence.Count > 0 && evidence.TrueForAll(Unexplained) && nesting < MaxForwardNesting
            && WrappedBounce(facts, evidence, notices, nesting) is { } wrapped)
        {
            return wrapped;
        }

        if (evidence.Count > 0)
        {
            var reportText = $"{facts.From}\n{facts.Subject}\n{facts.ReportingMta}\n{facts.Text}";
            return builder.Build(evidence, reportText, [.. notices]) with { TotalRecipients = total };
        }

        if (facts.AutoReplyHeaders || BounceMarkers.LooksLikeAutoReplySubject(facts.Subject))
        {
            var reply = ReportBuilder.NonFailure(facts.From, ReasonNames.Vacation);
            return new BounceReport(ExplanationKind.AutoReply, [reply]) { Notices = [.. notices] };
        }

        if (nesting < MaxForwardNesting)
        {
            foreach (var attached in facts.Attached)
            {
                var inner = Analyze(attached, notices, nesting + 1);
                if (inner.Kind != ExplanationKind.NotBounce)
                {
                    return inner;
                }
            }
        }

        return BounceReport.NotBounce([.. notices]);
    }

    /// <summary>Nothing but an address: no code, no words from a server, no stated reason.</summary>
    private static bool Unexplained(RecipientEvidence e) =>
        e.Status is null && e.ReplyCode is null && string.IsNullOrEmpty(e.Diagnostic) && e.StatedCategory is null;

    /// <summary>
    /// Note: a gateway that only says "Unable to deliver message to &lt;x&gt;" and attaches the downstream server's
    /// own bounce (InterScan MSS wrapping a Sendmail DSN, lhost-trendmicro-03): the attached bounce explains it.
    /// </summary>
    private BounceReport? WrappedBounce(MessageFacts facts, List<RecipientEvidence> outer, List<string> notices, int nesting)
    {
        foreach (var attached in facts.Attached)
        {
            var inner = Analyze(attached, notices, nesting + 1);
            if (inner.Kind != ExplanationKind.Bounce || !inner.Recipients.Any(r => !r.StatusInferred || r.Diagnostic is not null))
            {
                continue;
            }

            // Note: the outer report names the recipients; the inner one may not (its own To: is that recipient,
            // so it reads as the addressee). A single inner finding explains a single outer recipient.
            var single = inner.Recipients.Count == 1 && outer.Count == 1 ? inner.Recipients[0] : null;
            var matched = outer.Select(e => (inner.Recipients.FirstOrDefault(r => r.Recipient == e.Recipient) ?? single) is { } r
                ? r with { Recipient = e.Recipient } : null).ToList();
            if (matched.TrueForAll(r => r is not null))
            {
                return inner with { Recipients = [.. matched.OfType<FailedRecipient>()] };
            }
        }

        return null;
    }

    /// <summary>The evidence per recipient (at most <see cref="BounceAnalyzerOptions.MaxRecipients"/>) and how many recipients there are in all.</summary>
    private (List<RecipientEvidence> Evidence, int Total) Evidence(MessageFacts facts)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in (string?[])[facts.From, facts.OriginalFrom, .. facts.To])
        {
            if (address is not null)
            {
                excluded.Add(address);
            }
        }

        var allFromDsn = facts.DsnGroups.Select(DsnFields.ToEvidence).OfType<RecipientEvidence>().ToList();
        var fromDsn = allFromDsn.Take(options.MaxRecipients).ToList();
        var looksLikeReport = fromDsn.Count > 0 || BounceMarkers.LooksLikeReport($"{facts.From} {facts.Subject} {facts.Text}");
        if (!looksLikeReport)
        {
            return ([], 0);
        }

        var fromText = TextEvidence.Read(facts.Text, excluded, facts.FailedRecipientsHeader, options.MaxRecipients);
        if (fromDsn.Count == 0 && fromText.Count == 0 && IsNonDeliveryNotice(facts))
        {
            // Note: some notices name the recipient only by display name (Exchange 5.5's "did not reach the
            // following recipient(s): Jane Doe on <date>"); the notice is still a bounce with one finding.
            return ([new RecipientEvidence { Context = TextTools.Collapse(facts.Text, 4000) }], 1);
        }

        var evidence = fromDsn.Count > 0 ? TextEvidence.Enrich(fromDsn, fromText) : fromText;
        var inText = TextEvidence.CountAll(facts.Text, excluded, fromText.Count, options.MaxRecipients);
        return (evidence, Math.Max(evidence.Count, Math.Max(allFromDsn.Count, inText)));
    }

    /// <summary>Sent by the mail system (mailer-daemon, postmaster) and saying outright that delivery failed.</summary>
    private static bool IsNonDeliveryNotice(MessageFacts facts)
    {
        var local = facts.From is { } from && from.Contains('@', StringComparison.Ordinal) ? from[..from.IndexOf('@', StringComparison.Ordinal)] : "";
        return local is "mailer-daemon" or "postmaster" && BounceMarkers.SaysNotDelivered($"{facts.Subject}\n{facts.Text}");
    }

    /// <summary>Blank lines and spaces before the first header, which some stored messages carry.</summary>
    private static int LeadingBlankLines(ReadOnlySpan<byte> data)
    {
        var skip = data.IndexOfAnyExcept(" \t\r\n"u8);
        if (skip <= 0)
        {
            return 0;
        }

        // Note: only whole lines; a header's own indentation is kept.
        var lastNewline = data[..skip].LastIndexOf((byte)'\n');
        return lastNewline < 0 ? 0 : lastNewline + 1;
    }

    private static int SkipMboxLine(ReadOnlySpan<byte> data)
    {
        if (!data.StartsWith("From "u8))
        {
            return 0;
        }

        var newline = data.IndexOf((byte)'\n');
        return newline < 0 ? 0 : newline + 1;
    }
}
