using NdrBot.Cards.Model;
using System.Data.Common;
using NdrBot.Slack.Outbox;
using NdrBot.Teams.Replies;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Delivery;

/// <summary>
/// Where both adapters put a reply that failed after all retries: a row in the triage outbox, shared by every
/// replica, which <see cref="OutboxWorker"/> drains. When the store itself is down the reply is lost, and logged.
/// </summary>
internal sealed class ReplyOutbox(IOutboxStore store, ILogger<ReplyOutbox> logger) : IReplyOutbox, ISlackOutbox
{
    public Task KeepAsync(PendingReply reply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return KeepAsync(new OutboxMessage(ChatChannelNames.Teams, reply.ConversationId, PendingReply.Kind, reply.ToJson(), reply.CaseId), cancellationToken);
    }

    public Task KeepAsync(PendingCardRefresh refresh, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        return KeepAsync(new OutboxMessage(ChatChannelNames.Teams, refresh.ConversationId, PendingCardRefresh.Kind, refresh.ToJson(), refresh.CaseId), cancellationToken);
    }

    public Task KeepAsync(PendingSlackMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return KeepAsync(new OutboxMessage(ChatChannelNames.Slack, message.Channel, PendingSlackMessage.Kind, message.ToJson()), cancellationToken);
    }

    public Task KeepAsync(PendingSlackCardRefresh refresh, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(refresh);
        return KeepAsync(new OutboxMessage(ChatChannelNames.Slack, refresh.Channel, PendingSlackCardRefresh.Kind, refresh.ToJson(), refresh.CaseId), cancellationToken);
    }

    private async Task KeepAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var id = await store.EnqueueOutboxAsync(message, cancellationToken);
            OutboxLog.Kept(logger, id, message.Channel, message.ConversationId);
        }
        catch (DbException ex)
        {
            OutboxLog.KeepFailed(logger, ex, message.Channel, message.ConversationId);
        }
    }
}
