using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NdrBot.Cards;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Model;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Replies;

/// <summary>
/// Turns one queued reply into Connector calls: a typing indicator first for long pastes, then the answer card
/// in the same thread; for a card button, the acknowledgement and, when the case changed, the updated card.
/// </summary>
internal sealed class Responder(
    IAnswerer answerer, ConnectorClient connector, TeamsMetrics metrics, TimeProvider time, IOptions<TeamsOptions> options, ILogger<Responder> logger)
{
    public async Task RespondAsync(ReplyWork work, CancellationToken cancellationToken)
    {
        var inbound = work.Inbound;
        if (inbound.ServiceUrl is not { } serviceUrl || inbound.Conversation?.Id is null)
        {
            Log.Ignored(logger, inbound.Type);
            return;
        }

        if (work.Question is { } slow && slow.Text.Length >= options.Value.TypingThresholdChars)
        {
            await connector.SendAsync(serviceUrl, OutgoingActivity.ReplyTo(inbound, ActivityTypes.Typing) with { ReplyToId = null }, cancellationToken);
        }

        var reply = work.Action is { } action
            ? await ActionReplyAsync(inbound, serviceUrl, action, cancellationToken)
            : CardReply(inbound, work.Welcome ? answerer.Welcome() : await answerer.AnswerAsync(work.Question!, cancellationToken));
        if (work.Welcome)
        {
            reply = reply with { ReplyToId = null };
        }

        if (await connector.SendAsync(serviceUrl, reply, cancellationToken))
        {
            metrics.ReplyLatency(time.GetElapsedTime(work.ReceivedAt));
        }
    }

    public static Asker AskerOf(Activity activity) =>
        new(activity.ChannelId ?? "msteams", activity.From?.Id, activity.From?.Name, activity.Conversation?.Id);

    private async Task<OutgoingActivity> ActionReplyAsync(Activity inbound, string serviceUrl, CardAction action, CancellationToken cancellationToken)
    {
        Log.CardAction(logger, action.Verb.ToWire(), action.CaseId);
        var result = await answerer.ActAsync(action, AskerOf(inbound), cancellationToken);
        if (result.UpdatedAnswer is { } updated && inbound.ReplyToId is { } cardId)
        {
            await connector.UpdateAsync(serviceUrl, cardId, CardReply(inbound, updated) with { ReplyToId = null }, cancellationToken);
        }

        return OutgoingActivity.ReplyTo(inbound) with { Text = result.Message };
    }

    private static OutgoingActivity CardReply(Activity inbound, Answer answer) =>
        OutgoingActivity.ReplyTo(inbound) with
        {
            Summary = answer.Summary,
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, AdaptiveCardRenderer.Render(answer))],
        };
}
