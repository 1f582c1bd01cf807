using NdrBot.Cards;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Processing;

/// <summary>
/// Does the work behind an acknowledged request through the host's one <see cref="IAnswerer"/>, as Teams and the web
/// chat do: answer a question (and say where its case card was posted), or apply a card action and update the card.
/// </summary>
public sealed class SlackInboundProcessor(IAnswerer answerer, SlackResponder responder)
{
    public async Task<SlackApiResult?> ProcessAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        switch (item)
        {
            case SlackQuestion question:
                return await AnswerAsync(question, cancellationToken);
            case SlackCardActionRequest request:
                return await ActAsync(request, cancellationToken);
            default:
                return null;
        }
    }

    private async Task<SlackApiResult> AnswerAsync(SlackQuestion question, CancellationToken cancellationToken)
    {
        var answer = await answerer.AnswerAsync(new Question(question.Text, SlackAsker.Of(question.ReplyTo)), cancellationToken);

        // Note: chat.postMessage says where the card went (channel and ts), so a later click anywhere can update it; a
        // response_url reply (slash commands) and an ephemeral one say nothing and cannot be updated by others, so
        // such a card does not promise live checks that could never arrive (the case still gets them).
        var updatable = !question.ReplyTo.Ephemeral && question.ReplyTo.ResponseUrl is null;
        if (!updatable && answer.Checks is { Pending: true })
        {
            answer = answer with { Checks = null };
        }

        var result = await responder.SendAsync(answer, question.ReplyTo, cancellationToken);
        if (result is { Ok: true, Ts: { } ts } && answer.Triage is { } triage && updatable)
        {
            await answerer.CardPostedAsync(triage.CaseId, new CardLocation(ChatChannel.Slack, result.Channel ?? question.ReplyTo.Channel, null, ts), cancellationToken);
        }

        return result;
    }

    /// <summary>
    /// The clicker gets the reply's message only they can see; when the case changed, the clicked card is replaced,
    /// and so is the case's card where it was posted, when that is another message.
    /// </summary>
    private async Task<SlackApiResult> ActAsync(SlackCardActionRequest request, CancellationToken cancellationToken)
    {
        var privately = request.ReplyTo with { Ephemeral = true, ResponseUrl = null };
        var reply = request.Applied is { } applied ? applied.Reply : await answerer.ActAsync(request.Action, SlackAsker.Of(request.ReplyTo), cancellationToken);
        SlackApiResult? result = null;
        if (reply.UpdatedAnswer is { } updated)
        {
            result = await responder.ReplaceAsync(updated, request.ReplyTo, cancellationToken);
            if (reply.Card is { Channel: ChatChannel.Slack } stored
                && (stored.ConversationId != request.ReplyTo.Channel || stored.MessageId != request.ReplyTo.MessageTs))
            {
                await responder.ReplaceAsync(updated, new SlackReplyTarget(stored.ConversationId, null, MessageTs: stored.MessageId), cancellationToken);
            }
        }

        var told = string.IsNullOrWhiteSpace(reply.Message)
            ? null
            : await responder.SendTextAsync(reply.Message, privately, cancellationToken);
        return result ?? told ?? new SlackApiResult { Ok = true };
    }
}
