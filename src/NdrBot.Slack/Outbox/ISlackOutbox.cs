namespace NdrBot.Slack.Outbox;

/// <summary>
/// Keeps a chat message Slack still refused after every retry (429, 5xx, timeouts), so that it is posted later
/// instead of lost. The host stores it in the triage outbox; without one the failure is only logged.
/// </summary>
public interface ISlackOutbox
{
    Task KeepAsync(PendingSlackMessage message, CancellationToken cancellationToken = default);

    /// <summary>Keeps a card update that failed; the outbox later sends the case's card as it is then.</summary>
    Task KeepAsync(PendingSlackCardRefresh refresh, CancellationToken cancellationToken = default);
}
