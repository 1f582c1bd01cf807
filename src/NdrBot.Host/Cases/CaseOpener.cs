using System.Globalization;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;
using NdrBot.Host.Checks;
using NdrBot.Triage;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary>
/// Opens a case for every code or bounce answered in a conversation, or attaches a repeat to the open case, and
/// builds the card with the case's state.
/// </summary>
internal sealed class CaseOpener(ICaseStore store, CaseCreationLimiter limiter, ILogger<CaseOpener> logger)
{
    public const string LimitedNotice =
        "No case was opened for this: too many cases were started here just now. Ask again in a minute to open one.";

    /// <summary>The answer with its case; the plain answer when there is nothing to triage or no conversation.</summary>
    public async Task<Answer> AnswerWithCaseAsync(Explanation explanation, Asker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(explanation);

        // Note: the answer is built once, with the case's state when there is a case (not once without it to see
        // its kind and again with it).
        if (!AnswerBuilder.HasTriage(explanation) || ConversationKey.Of(asker) is not { } conversation)
        {
            return AnswerBuilder.FromExplanation(explanation);
        }

        if (!limiter.TryTake(conversation.Key, $"{asker.Channel.Name()}:{Actors.IdOf(asker)}"))
        {
            CasesLog.Limited(logger, conversation.Key, Actors.IdOf(asker));
            var plain = AnswerBuilder.FromExplanation(explanation);
            return plain with { Triage = null, Notices = [LimitedNotice, .. plain.Notices] };
        }

        var opened = await store.OpenOrAttachAsync(NewCaseOf(explanation, conversation, asker), AnswerLimits.MaxNotesShown, cancellationToken);
        var view = CaseCards.View(opened.Case, asker, opened.Digest);
        var answer = AnswerBuilder.FromExplanation(explanation, view, StoredChecks.From(opened.Case.Details));
        return opened.Attached ? answer with { Notices = [RepeatNotice(opened.Case), .. answer.Notices] } : answer;
    }

    private static NewCase NewCaseOf(Explanation explanation, ConversationKey conversation, Asker asker) => new()
    {
        Conversation = conversation.Key,
        ThreadId = conversation.Thread,
        Codes = [.. explanation.Findings.Select(f => f.Status ?? f.ReplyCode ?? f.Lookup.Requested).Distinct(StringComparer.Ordinal)],
        Recipients = [.. explanation.Findings.Select(f => f.Recipient).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase)],
        Reason = explanation.Findings.GroupBy(f => f.Lookup.Entry.Title).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key
            ?? (explanation.Checklists.Count > 0 ? CaseReasons.Checklist(explanation.Checklists[0].Id) : null),
        CreatedBy = Actors.IdOf(asker),
        CreatedByName = Actors.NameOf(asker),
        ChecklistId = explanation.Checklists.Count > 0 ? explanation.Checklists[0].Id : null,
        Details = CaseFindings.From(explanation),
    };

    private static string RepeatNotice(Case c) =>
        $"Seen before: this is a repeat of case {c.Code}, opened by {c.CreatedByName ?? c.CreatedBy} " +
        $"({c.RepeatCount.ToString(CultureInfo.InvariantCulture)} repeat{(c.RepeatCount == 1 ? "" : "s")} so far). The card shows that case.";
}
