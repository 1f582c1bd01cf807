namespace NdrBot.Cards.Model;

/// <summary>Who asked and where: channel name (<c>msteams</c>, <c>slack</c>, <c>webchat</c>), user and conversation ids.</summary>
public sealed record Asker(string Channel, string? UserId, string? UserName, string? ConversationId);
