using NdrBot.Cards;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Processing;

namespace NdrBot.Host.Slack;

/// <summary>
/// Slack's seam onto the host's one <see cref="IAnswerer"/>: questions and card buttons from Slack take the same
/// path as Teams and the web chat, so triage (claim, note, resolve) behaves alike in every channel.
/// </summary>
internal sealed class HostSlackAnswerer(IAnswerer answerer) : ISlackAnswerer
{
    public const string Channel = "slack";

    public async Task<Answer> AnswerAsync(SlackQuestion question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        return await answerer.AnswerAsync(new Question(question.Text, AskerOf(question.ReplyTo)), cancellationToken);
    }

    public async Task<ActionReply?> HandleCardActionAsync(SlackCardActionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return await answerer.ActAsync(request.Action, AskerOf(request.ReplyTo), cancellationToken);
    }

    // Note: Slack events carry user ids only (no display names), so a Slack user is recorded by id; Block Kit shows
    // the id as a mention, which Slack displays as the person's current name (Mrkdwn.Person).
    private static Asker AskerOf(SlackReplyTarget to) => new(Channel, to.User, null, to.Channel);
}
