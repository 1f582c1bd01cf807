namespace NdrBot.Cards.Model;

/// <summary>
/// Who asked and where: channel name (<c>msteams</c>, <c>slack</c>, <c>webchat</c>), user and conversation ids, and
/// the thread when the channel has one (a Slack <c>thread_ts</c>; Teams carries it in the conversation id).
/// </summary>
public sealed record Asker(string Channel, string? UserId, string? UserName, string? ConversationId, string? ThreadId = null);
