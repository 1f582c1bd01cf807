namespace NdrBot.Teams.Replies;

/// <summary>
/// Keeps a reply the Connector still refused after every retry (429, 5xx, timeouts), so that it is sent later instead
/// of lost. The host stores it in the triage outbox; without one the reply is only logged.
/// </summary>
public interface IReplyOutbox
{
    Task KeepAsync(PendingReply reply, CancellationToken cancellationToken = default);

    /// <summary>Keeps a card update that failed; the outbox later puts the case's card as it is then.</summary>
    Task KeepAsync(PendingCardRefresh refresh, CancellationToken cancellationToken = default);
}
