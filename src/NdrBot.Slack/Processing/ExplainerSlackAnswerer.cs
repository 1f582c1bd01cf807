using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;
using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Processing;

/// <summary>Answers with Core's <see cref="Explainer"/> alone: no case store, so card actions are unavailable.</summary>
internal sealed class ExplainerSlackAnswerer(Explainer explainer) : ISlackAnswerer
{
    public Task<Answer> AnswerAsync(SlackQuestion question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var text = question.Text.Trim();
        var answer = text.Length == 0 || text.Equals("help", StringComparison.OrdinalIgnoreCase)
            ? AnswerBuilder.Help()
            : AnswerBuilder.FromExplanation(explainer.Explain(text));
        return Task.FromResult(answer);
    }

    public Task<ActionReply?> HandleCardActionAsync(SlackCardActionRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult<ActionReply?>(null);
}
