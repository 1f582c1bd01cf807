namespace NdrBot.Triage.Delivery;

/// <summary>
/// Where a case's card was posted, so that it can be updated in place later: Teams PUTs to
/// <see cref="ServiceUrl"/> + conversation + activity id; Slack calls <c>chat.update</c> with channel + ts.
/// <see cref="MessageId"/> is the Teams activity id the connector returned for the card, or the Slack message ts;
/// <see cref="Channel"/> is the channel's stored name (<c>msteams</c>, <c>slack</c>), opaque to storage.
/// </summary>
public sealed record CardReference(string CaseId, string Channel, string ConversationId, string? ServiceUrl, string MessageId);
