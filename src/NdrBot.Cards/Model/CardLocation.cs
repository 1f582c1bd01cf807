namespace NdrBot.Cards.Model;

/// <summary>
/// Where a case's card was posted: the channel, the conversation (Slack: channel id), the Teams serviceUrl, and the
/// message id (Teams: the activity id the connector returned; Slack: the message ts).
/// </summary>
public sealed record CardLocation(ChatChannel Channel, string ConversationId, string? ServiceUrl, string MessageId);
