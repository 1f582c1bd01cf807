using System.Globalization;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Cards.Building;

/// <summary>Builds the bounce card: a summary line, one section per failed recipient, then combined next steps.</summary>
internal static class BounceAnswers
{
    public static Answer From(Explanation explanation, TriageSection triage)
    {
        var findings = explanation.Findings;
        var total = Math.Max(explanation.TotalFindings, findings.Count);
        var shown = findings.Take(AnswerLimits.MaxRecipients).Select(Recipient).ToList();
        return new Answer
        {
            Kind = AnswerKind.Bounce,
            Title = "Bounce explained",
            Summary = Summary(findings, total),
            Recipients = shown,
            MoreRecipients = total - shown.Count,
            TotalRecipients = total,
            Steps = CombinedSteps(findings),
            Notices = [.. explanation.Notices.Select(n => PlainText.Clean(n, AnswerLimits.LongTextChars))],
            Triage = triage,
        };
    }

    private static RecipientSection Recipient(Finding f)
    {
        var status = f.Status ?? f.Lookup.Requested;
        return new RecipientSection
        {
            Address = f.Recipient is null ? "(recipient not named)" : PlainText.Clean(f.Recipient, AnswerLimits.ShortFieldChars),
            Code = PlainText.Clean(f.ReplyCode is null ? status : $"{status} ({f.ReplyCode})", AnswerLimits.ShortFieldChars),
            Reason = PlainText.Clean(f.Lookup.Entry.Title, AnswerLimits.ShortFieldChars),
            RemoteServer = f.RemoteMta is null ? null : PlainText.Clean(f.RemoteMta, AnswerLimits.ShortFieldChars),
            RemoteWords = f.Diagnostic is null ? null : PlainText.Clean(f.Diagnostic, AnswerLimits.RemoteWordsChars),
            Permanent = f.Permanent,
        };
    }

    /// <summary>Note: with more recipients than were read, the kinds and the main cause are those of the ones read.</summary>
    private static string Summary(IReadOnlyList<Finding> findings, int total)
    {
        var permanent = findings.Count(f => f.Permanent);
        var temporary = findings.Count - permanent;
        var who = RecipientCountText.Who(total, findings.Count);
        var kinds = (permanent, temporary) switch
        {
            (_, 0) => "permanently: it will not be retried",
            (0, _) => "temporarily: the server may still retry",
            _ => $"{permanent.ToString(CultureInfo.InvariantCulture)} permanently, {temporary.ToString(CultureInfo.InvariantCulture)} temporarily",
        };
        var top = findings.GroupBy(f => f.Lookup.Entry.Title).OrderByDescending(g => g.Count()).First();
        return PlainText.Clean($"Delivery failed for {who}, {kinds}. Main cause: {top.Key}.", AnswerLimits.LongTextChars);
    }

    private static string[] CombinedSteps(IReadOnlyList<Finding> findings) =>
        [.. findings
            .DistinctBy(f => f.Lookup.Entry)
            .SelectMany(f => f.Lookup.Entry.Steps)
            .Select(StepText.Format)
            .Distinct(StringComparer.Ordinal)
            .Take(AnswerLimits.MaxCombinedSteps)];
}
