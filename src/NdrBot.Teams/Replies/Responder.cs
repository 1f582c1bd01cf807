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
/// in the same thread; for a card button (already applied), the acknowledgement and, when the case changed, the updated card.
/// </summary>
internal sealed class Responder(
    IAnswerer answerer,
    ConnectorClient connector,
    TeamsMetrics metrics,
    TimeProvider time,
    IOptions<TeamsOptions> options,
    ILogger<Responder> logger,
    IReplyOutbox? outbox = null)
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

        if (work.Applied is { } applied)
        {
            await SendAsync(serviceUrl, await ActionReplyAsync(inbound, serviceUrl, applied, cancellationToken), work, null, cancellationToken);
            return;
        }

        var answer = work.Welcome ? answerer.Welcome() : await answerer.AnswerAsync(work.Question!, cancellationToken);
        var reply = CardReply(inbound, answer);
        if (work.Welcome)
        {
            reply = reply with { ReplyToId = null };
        }

        // Note: the card's activity id is what a later action PUTs the updated card to, so remember it for the case.
        if (await SendAsync(serviceUrl, reply, work, answer.Triage?.CaseId, cancellationToken) is { } cardId && answer.Triage is { } triage)
        {
            await answerer.CardPostedAsync(triage.CaseId, new CardLocation(ChatChannel.Teams, inbound.Conversation.Id, serviceUrl, cardId), cancellationToken);
        }
    }

    private async Task<string?> SendAsync(string serviceUrl, OutgoingActivity reply, ReplyWork work, string? caseId, CancellationToken cancellationToken)
    {
        var result = await connector.PostAsync(serviceUrl, reply, cancellationToken);
        if (result.Sent)
        {
            metrics.ReplyLatency(time.GetElapsedTime(work.ReceivedAt));
            return result.Id;
        }

        // Note: the retries are spent; a reply that could still go through later is kept, the rest is only logged.
        var keep = result.Retryable && outbox is not null;
        Log.ReplyUndelivered(logger, reply.Conversation?.Id, work.Inbound.Id, result.Error, keep);
        if (keep)
        {
            await outbox!.KeepAsync(new PendingReply(serviceUrl, reply, caseId), cancellationToken);
        }

        return null;
    }

    private async Task<OutgoingActivity> ActionReplyAsync(Activity inbound, string serviceUrl, ActionReply result, CancellationToken cancellationToken)
    {
        if (result.UpdatedAnswer is { } updated && CardToUpdate(inbound, serviceUrl, result.Card) is { } target)
        {
            var card = CardReply(inbound, updated) with { ReplyToId = null, Conversation = target.Conversation };
            var put = await connector.UpdateAsync(target.ServiceUrl, target.ActivityId, card, cancellationToken);
            if (!put.Sent && put.Retryable && outbox is not null && updated.Triage?.CaseId is { } caseId)
            {
                Log.CardUpdateKept(logger, target.Conversation.Id, caseId, put.Error);
                var shell = card with { Attachments = null, Summary = null };
                await outbox.KeepAsync(new PendingCardRefresh(target.ServiceUrl, target.ActivityId, caseId, shell), cancellationToken);
            }
        }

        return OutgoingActivity.ReplyTo(inbound) with { Text = result.Message };
    }

    /// <summary>
    /// The case's card as stored when it was posted in Teams (it may be a later copy than the clicked one), else
    /// the card the button was on (Action.Submit arrives with replyToId = the card's activity id).
    /// </summary>
    private static (string ServiceUrl, ConversationAccount Conversation, string ActivityId)? CardToUpdate(Activity inbound, string serviceUrl, CardLocation? stored) =>
        stored is { Channel: ChatChannel.Teams, ServiceUrl: { } storedUrl }
            ? (storedUrl, inbound.Conversation!.Id == stored.ConversationId ? inbound.Conversation : new ConversationAccount(stored.ConversationId), stored.MessageId)
            : inbound.ReplyToId is { } clicked ? (serviceUrl, inbound.Conversation!, clicked) : null;

    private static OutgoingActivity CardReply(Activity inbound, Answer answer) =>
        OutgoingActivity.ReplyTo(inbound) with
        {
            Summary = answer.Summary,
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, new RawJson(AdaptiveCardRenderer.RenderUtf8(answer)))],
        };
}
