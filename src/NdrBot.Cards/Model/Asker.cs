namespace NdrBot.Cards.Model;

/// <summary>
/// Who asked and where, as the channel's adapter reads its wire format: the channel, the user, the conversation and
/// the thread inside it. Wire quirks stay in the adapter: Teams gives the conversation without its
/// <c>;messageid=</c> part and that part as the thread; Slack gives the channel and the <c>thread_ts</c>.
/// </summary>
public sealed record Asker(ChatChannel Channel, string? UserId, string? UserName, string? ConversationId, string? ThreadId = null)
{
    /// <summary>
    /// True when only the asker sees the answer (the web chat, a Teams personal chat, a Slack ephemeral answer), so a
    /// card can offer what fits this one person; false for a card everyone in a channel sees.
    /// </summary>
    public bool Private { get; init; }
}
