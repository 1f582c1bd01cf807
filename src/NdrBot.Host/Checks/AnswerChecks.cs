using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Checks;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Host.Checks;

/// <summary>
/// Where answering meets the live checks, without waiting for them: an answer about a pasted bounce that opened or
/// joined a case, and whose findings need a check, goes out at once saying the checks are running, and its checks
/// are queued; the card is updated in place when they are stored. Typed codes, answers without a case, and answers
/// that find the queue full go out as they are.
/// </summary>
internal sealed class AnswerChecks(LiveChecks checks, CheckQueue queue, CheckRuns runs, ILogger<AnswerChecks> logger)
{
    public Answer Start(Answer answer, Explanation explanation, string text, ChatChannel channel)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(explanation);
        if (answer.Triage is not { } triage || explanation.Kind != ExplanationKind.Bounce || !checks.WouldCheck(explanation))
        {
            return answer;
        }

        var run = runs.Begin(triage.CaseId, channel);
        if (!queue.TryEnqueue(new CheckWork(run, explanation, text)))
        {
            runs.Abandon(run);
            ChecksLog.QueueFull(logger, triage.CaseId, queue.Count);
            return answer;
        }

        return answer with { Checks = CheckSections.Pending() };
    }

    /// <summary>A channel posted a case's card: when its checks are stored already, it is updated now.</summary>
    public void CardPosted(string caseId, CardLocation card)
    {
        if (!runs.CardPosted(caseId, card))
        {
            ChecksLog.ReadyFull(logger, caseId);
        }
    }
}
