using NdrBot.Slack.Inbound;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Processing;

/// <summary>Does the work behind an acknowledged request: answer a question, or apply a card action and update the card.</summary>
public sealed class SlackInboundProcessor(ISlackAnswerer answerer, SlackResponder responder)
{
    public async Task<SlackApiResult?> ProcessAsync(SlackInbound item, CancellationToken cancellationToken = default)
    {
        switch (item)
        {
            case SlackQuestion question:
                var answer = await answerer.AnswerAsync(question, cancellationToken);
                return await responder.SendAsync(answer, question.ReplyTo, cancellationToken);
            case SlackCardActionRequest request:
                var updated = await answerer.HandleCardActionAsync(request, cancellationToken);
                return updated is null
                    ? await responder.SendTextAsync(SlackMessages.ActionUnavailable, request.ReplyTo with { Ephemeral = true, ResponseUrl = null }, cancellationToken)
                    : await responder.ReplaceAsync(updated, request.ReplyTo, cancellationToken);
            default:
                return null;
        }
    }
}
