namespace NdrBot.Teams.Replies;

/// <summary>
/// Keeps a reply the Connector still refused after every retry (429, 5xx, timeouts), so that it is sent later instead
/// of lost. The host stores it in the triage outbox; without one the reply is only logged.
/// </summary>
public interface IReplyOutbox
{
    Task KeepAsync(PendingReply reply, CancellationToken cancellationToken = default);
}
