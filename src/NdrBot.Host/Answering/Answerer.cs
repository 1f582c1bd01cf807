using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Host.Answering;

/// <summary>
/// The channel-neutral pipeline: text → recognizer and bounce analysis (<see cref="Explainer"/>) → <see cref="Answer"/>.
/// Every adapter (Teams, web chat, later Slack) calls this, so all channels answer alike.
/// </summary>
internal sealed class Answerer(Explainer explainer, ICardActionHandler actions, AnswerMetrics metrics) : IAnswerer
{
    private static readonly string[] HelpWords = ["help", "/help", "?", "hi", "hello"];

    public ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Text.Trim();
        var answer = text.Length == 0 || HelpWords.Contains(text, StringComparer.OrdinalIgnoreCase)
            ? AnswerBuilder.Help()
            : AnswerBuilder.FromExplanation(explainer.Explain(text));
        metrics.Answered(question.Asker.Channel, answer);
        return ValueTask.FromResult(answer);
    }

    public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default) =>
        actions.HandleAsync(action, asker, cancellationToken);

    public Answer Welcome() => AnswerBuilder.Help();
}
