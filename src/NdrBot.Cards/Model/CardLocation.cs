namespace NdrBot.Cards.Model;

/// <summary>
/// Where a case's card was posted: the channel (<c>msteams</c>, <c>slack</c>), the conversation (Slack: channel id),
/// the Teams serviceUrl, and the message id (Teams: the activity id the connector returned; Slack: the message ts).
/// </summary>
public sealed record CardLocation(string Channel, string ConversationId, string? ServiceUrl, string MessageId);
