using NdrBot.Cards;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Model;
using NdrBot.Slack.Outbox;
using NdrBot.Slack.WebApi;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Delivery;

/// <summary>Sends one outbox item through its channel's client (which retries on its own) and says how it went.</summary>
internal sealed class OutboxSender(ConnectorClient connector, SlackWebClient slack, IAnswerer answerer)
{
    public Task<DeliveryOutcome> SendAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Message switch
        {
            { Kind: PendingReply.Kind } m when PendingReply.TryParse(m.Payload) is { } reply => SendTeamsAsync(reply, cancellationToken),
            { Kind: PendingCardRefresh.Kind } m when PendingCardRefresh.TryParse(m.Payload) is { } refresh => RefreshTeamsCardAsync(refresh, cancellationToken),
            { Kind: PendingSlackCardRefresh.Kind } m when PendingSlackCardRefresh.TryParse(m.Payload) is { } refresh => RefreshSlackCardAsync(refresh, cancellationToken),
            { Kind: PendingSlackMessage.Kind } m when PendingSlackMessage.TryParse(m.Payload) is { } message => SendSlackAsync(message, cancellationToken),
            _ => Task.FromResult(DeliveryOutcome.Rejected("unreadable payload of kind " + item.Message.Kind)),
        };
    }

    private async Task<DeliveryOutcome> SendTeamsAsync(PendingReply reply, CancellationToken cancellationToken)
    {
        var result = await connector.PostAsync(reply.ServiceUrl, reply.Activity, cancellationToken);
        if (!result.Sent)
        {
            return result.Retryable ? DeliveryOutcome.RetryLater(result.Error) : DeliveryOutcome.Rejected(result.Error);
        }

        // Note: as in the live path, the card's new activity id is where later case actions PUT the updated card.
        if (reply.CaseId is { } caseId && result.Id is { } id)
        {
            await answerer.CardPostedAsync(caseId, new CardLocation(ChatChannel.Teams, reply.ConversationId, reply.ServiceUrl, id), cancellationToken);
        }

        return DeliveryOutcome.Delivered;
    }

    public async Task<DeliveryOutcome> RefreshTeamsCardAsync(PendingCardRefresh refresh, CancellationToken cancellationToken)
    {
        if (await answerer.CaseCardAsync(refresh.CaseId, cancellationToken) is not { } current)
        {
            return DeliveryOutcome.Rejected("case " + refresh.CaseId + " no longer exists");
        }

        var card = refresh.Shell with
        {
            Summary = current.Summary,
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, new RawJson(AdaptiveCardRenderer.RenderUtf8(current)))],
        };
        var result = await connector.UpdateAsync(refresh.ServiceUrl, refresh.ActivityId, card, cancellationToken);
        return result.Sent ? DeliveryOutcome.Delivered
            : result.Retryable ? DeliveryOutcome.RetryLater(result.Error)
            : DeliveryOutcome.Rejected(result.Error);
    }

    public async Task<DeliveryOutcome> RefreshSlackCardAsync(PendingSlackCardRefresh refresh, CancellationToken cancellationToken)
    {
        if (await answerer.CaseCardAsync(refresh.CaseId, cancellationToken) is not { } current)
        {
            return DeliveryOutcome.Rejected("case " + refresh.CaseId + " no longer exists");
        }

        return Outcome(await slack.UpdateAsync(refresh.Channel, refresh.MessageTs, BlockKitRenderer.Render(current), cancellationToken));
    }

    private async Task<DeliveryOutcome> SendSlackAsync(PendingSlackMessage message, CancellationToken cancellationToken)
    {
        return Outcome(await slack.ResendAsync(message, cancellationToken));
    }

    private static DeliveryOutcome Outcome(SlackApiResult result) =>
        result.Ok ? DeliveryOutcome.Delivered
            : SlackWebClient.IsTransient(result) ? DeliveryOutcome.RetryLater(result.Error)
            : DeliveryOutcome.Rejected(result.Error);
}
