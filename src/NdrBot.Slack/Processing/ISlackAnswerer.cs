using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Processing;

/// <summary>
/// The seam between the Slack adapter and NdrBot's behaviour. The host replaces the default
/// (<see cref="ExplainerSlackAnswerer"/>) with its answerer that joins Core and the triage store, so Slack card
/// actions reach the same handler as the Teams ones.
/// </summary>
public interface ISlackAnswerer
{
    Task<Answer> AnswerAsync(SlackQuestion question, CancellationToken cancellationToken = default);

    /// <summary>
    /// What a button click did (a message for the clicker, and the updated card when the case changed), or null when
    /// card actions are not available.
    /// </summary>
    Task<ActionReply?> HandleCardActionAsync(SlackCardActionRequest request, CancellationToken cancellationToken = default);
}
