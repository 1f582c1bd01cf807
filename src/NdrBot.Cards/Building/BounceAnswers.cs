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
        var shown = findings.Take(AnswerLimits.MaxRecipients).Select(Recipient).ToList();
        return new Answer
        {
            Kind = AnswerKind.Bounce,
            Title = "Bounce explained",
            Summary = Summary(findings),
            Recipients = shown,
            MoreRecipients = findings.Count - shown.Count,
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
            Delivery = f.Delivery,
            DeliveryBasis = f.DeliveryBasis is null ? null : PlainText.Clean(f.DeliveryBasis, AnswerLimits.LongTextChars),
        };
    }

    private static string Summary(IReadOnlyList<Finding> findings)
    {
        var final = findings.Count(f => f.Delivery == DeliveryState.Final);
        var retrying = findings.Count(f => f.Delivery == DeliveryState.Retrying);
        var who = findings.Count == 1 ? "1 recipient" : $"{findings.Count.ToString(CultureInfo.InvariantCulture)} recipients";
        var kinds = (final, retrying) switch
        {
            _ when final == findings.Count => "final: the sending server has stopped trying",
            _ when retrying == findings.Count => "not yet final: the sending server is still trying",
            (0, 0) => "whether the sending server still retries cannot be told from this report",
            _ => $"{final.ToString(CultureInfo.InvariantCulture)} final, {retrying.ToString(CultureInfo.InvariantCulture)} still retrying",
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
