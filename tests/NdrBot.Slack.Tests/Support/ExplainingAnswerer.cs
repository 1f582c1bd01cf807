using System.Collections.Concurrent;
using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Slack.Tests.Support;

/// <summary>
/// An <see cref="IAnswerer"/> double with no case store: questions are explained by Core, card actions answered with
/// <see cref="Reply"/>. It records who asked, every action and every card location it is told about. With
/// <see cref="ChecksPending"/> its answers say their live checks are running, as the host's do for a bounce.
/// </summary>
internal sealed class ExplainingAnswerer(ActionReply? reply = null) : IAnswerer
{
    private readonly Explainer _explainer = new();

    public ActionReply Reply { get; } = reply ?? new ActionReply("Done.");

    public bool ChecksPending { get; init; }

    public ConcurrentQueue<Question> Questions { get; } = new();

    public ConcurrentQueue<(CardAction Action, Asker Asker)> Actions { get; } = new();

    public ConcurrentQueue<(string CaseId, CardLocation Location)> Posted { get; } = new();

    public ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        Questions.Enqueue(question);
        var answer = AnswerBuilder.FromExplanation(_explainer.Explain(question.Text));
        return ValueTask.FromResult(ChecksPending ? answer with { Checks = CheckSections.Pending() } : answer);
    }

    public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
    {
        Actions.Enqueue((action, asker));
        return ValueTask.FromResult(Reply);
    }

    public ValueTask CardPostedAsync(string caseId, CardLocation location, CancellationToken cancellationToken = default)
    {
        Posted.Enqueue((caseId, location));
        return ValueTask.CompletedTask;
    }

    public Answer Welcome() => AnswerBuilder.Help();
}
