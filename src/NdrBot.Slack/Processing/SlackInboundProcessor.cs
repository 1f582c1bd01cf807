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
                return await ActAsync(request, cancellationToken);
            default:
                return null;
        }
    }

    /// <summary>
    /// The clicker gets the reply's message only they can see; when the case changed, the card is replaced as well.
    /// </summary>
    private async Task<SlackApiResult> ActAsync(SlackCardActionRequest request, CancellationToken cancellationToken)
    {
        var privately = request.ReplyTo with { Ephemeral = true, ResponseUrl = null };
        var reply = request.Applied is { } applied ? applied.Reply : await answerer.HandleCardActionAsync(request, cancellationToken);
        if (reply is null)
        {
            return await responder.SendTextAsync(SlackMessages.ActionUnavailable, privately, cancellationToken);
        }

        var result = reply.UpdatedAnswer is { } updated
            ? await responder.ReplaceAsync(updated, request.ReplyTo, cancellationToken)
            : null;
        var told = string.IsNullOrWhiteSpace(reply.Message)
            ? null
            : await responder.SendTextAsync(reply.Message, privately, cancellationToken);
        return result ?? told ?? new SlackApiResult { Ok = true };
    }
}
