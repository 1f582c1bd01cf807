using MimeKit;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Bounces;

/// <summary>The whole-message path: MimeKit parse, then DSN groups, ARF, vendor text, auto-reply, forwarded bounce.</summary>
internal sealed class MessageAnalysis(ReportBuilder builder, BounceAnalyzerOptions options)
{
    private const int MaxForwardNesting = 3;

    // Note: made once; MimeKit only reads the options while parsing, so one instance serves every call and thread.
    private readonly ParserOptions _parserOptions = new() { MaxMimeDepth = options.MaxMimeDepth };

    public BounceReport Analyze(byte[] data, List<string> notices)
    {
        if (data.Length == 0 || BounceAnalyzer.LooksBinary(data))
        {
            return BounceReport.NotBounce([.. notices]);
        }

        var skip = SkipMboxLine(data);
        data = HeaderFolds.Limit(data, skip);
        using var stream = new MemoryStream(data, skip, data.Length - skip, false);

        // Note: persistent, so part contents stay slices of the input instead of being copied out while parsing;
        // the stream outlives every read of them (the analysis ends inside this method). MimeKit's messages,
        // entities and contents have finalizers: disposing them here keeps every parse from surviving a GC and
        // waiting for the finalizer thread (most of the analysis time went to those collections).
        using var message = new MimeParser(_parserOptions, stream, MimeFormat.Entity, persistent: true).ParseMessage();
        return Analyze(message, notices, 0);
    }

    private BounceReport Analyze(MimeMessage message, List<string> notices, int nesting)
    {
        var facts = MessageInspector.Inspect(message, options.MaxMimeDepth);
        if (facts.DepthExceeded)
        {
            notices.Add($"MIME parts nested deeper than {options.MaxMimeDepth} levels were not read.");
        }

        if (FeedbackReports.From(facts) is { } feedback)
        {
            return feedback with { Notices = [.. notices] };
        }

        var evidence = Evidence(facts);
        if (evidence.Count > 0)
        {
            var reportText = $"{facts.From}\n{facts.Subject}\n{facts.ReportingMta}\n{facts.Text}";
            return builder.Build(evidence, reportText, [.. notices]);
        }

        if (facts.AutoReplyHeaders || BounceMarkers.LooksLikeAutoReplySubject(facts.Subject))
        {
            var reply = ReportBuilder.NonFailure(facts.From, "vacation");
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

    private List<RecipientEvidence> Evidence(MessageFacts facts)
    {
        var excluded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var address in (string?[])[facts.From, facts.OriginalFrom, .. facts.To])
        {
            if (address is not null)
            {
                excluded.Add(address);
            }
        }

        var fromDsn = facts.DsnGroups.Select(DsnFields.ToEvidence).OfType<RecipientEvidence>().Take(options.MaxRecipients).ToList();
        var looksLikeReport = fromDsn.Count > 0 || BounceMarkers.LooksLikeReport($"{facts.From} {facts.Subject} {facts.Text}");
        if (!looksLikeReport)
        {
            return [];
        }

        var fromText = TextEvidence.Read(facts.Text, excluded, facts.FailedRecipientsHeader, options.MaxRecipients);
        return fromDsn.Count > 0 ? TextEvidence.Enrich(fromDsn, fromText) : fromText;
    }

    private static int SkipMboxLine(byte[] data)
    {
        if (data.Length < 5 || data[0] != (byte)'F' || data[1] != (byte)'r' || data[2] != (byte)'o' || data[3] != (byte)'m' || data[4] != (byte)' ')
        {
            return 0;
        }

        var newline = Array.IndexOf(data, (byte)'\n');
        return newline < 0 ? 0 : newline + 1;
    }
}
