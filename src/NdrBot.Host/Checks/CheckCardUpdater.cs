using NdrBot.Cards.Model;
using NdrBot.Host.Delivery;
using NdrBot.Slack.Outbox;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;

namespace NdrBot.Host.Checks;

/// <summary>
/// Puts a case's card, as it is now (its checks included), where it was posted, through the outbox's own card
/// refresh (Teams PUT, Slack chat.update). An update that could still go through later is kept in the outbox as a
/// refresh, like a button's card update; one that never will is logged.
/// </summary>
internal sealed class CheckCardUpdater(OutboxSender sender, IReplyOutbox teamsOutbox, ISlackOutbox slackOutbox, ILogger<CheckCardUpdater> logger)
{
    public async Task UpdateAsync(string caseId, CardLocation card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        switch (card.Channel)
        {
            case ChatChannel.Teams when card.ServiceUrl is { } serviceUrl:
                var shell = new OutgoingActivity { Type = ActivityTypes.Message, Conversation = new ConversationAccount(card.ConversationId) };
                var teams = new PendingCardRefresh(serviceUrl, card.MessageId, caseId, shell);
                if (KeepForLater(await sender.RefreshTeamsCardAsync(teams, cancellationToken), caseId, card))
                {
                    await teamsOutbox.KeepAsync(teams, cancellationToken);
                }

                break;
            case ChatChannel.Slack:
                var slack = new PendingSlackCardRefresh(card.ConversationId, card.MessageId, caseId);
                if (KeepForLater(await sender.RefreshSlackCardAsync(slack, cancellationToken), caseId, card))
                {
                    await slackOutbox.KeepAsync(slack, cancellationToken);
                }

                break;
        }
    }

    /// <summary>Logs the outcome; true when the update should be kept for a later try.</summary>
    private bool KeepForLater(DeliveryOutcome outcome, string caseId, CardLocation card)
    {
        if (outcome.Result == DeliveryResult.Delivered)
        {
            ChecksLog.CardUpdated(logger, caseId, card.Channel.Name());
            return false;
        }

        var retry = outcome.Result == DeliveryResult.RetryLater;
        ChecksLog.CardNotUpdated(logger, caseId, card.Channel.Name(), outcome.Error, retry);
        return retry;
    }
}
