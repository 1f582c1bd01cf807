namespace NdrBot.Cards.Model;

/// <summary>
/// Who asked and where, as the channel's adapter reads its wire format: the channel, the user, the conversation and
/// the thread inside it. Wire quirks stay in the adapter: Teams gives the conversation without its
/// <c>;messageid=</c> part and that part as the thread; Slack gives the channel and the <c>thread_ts</c>.
/// <see cref="UserId"/> is stable and matched on (Teams: the AAD object id, else the channel's user id; Slack: team
/// and user id); <see cref="UserName"/> is only shown.
/// </summary>
public sealed record Asker(ChatChannel Channel, string? UserId, string? UserName, string? ConversationId, string? ThreadId = null)
{
    /// <summary>
    /// The workspace the conversation lives in (the Teams tenant, the Slack team; the web chat's own local scope), so
    /// the same conversation id in two workspaces is two conversations. Null when the channel did not say.
    /// </summary>
    public string? Workspace { get; init; }

    /// <summary>
    /// The id this person was recorded under before people were recorded by stable id (Slack: the bare user id),
    /// so cases they owned then are still theirs. Null when it was the same or unknowable (Teams recorded names).
    /// </summary>
    public string? FormerUserId { get; init; }

    /// <summary>
    /// True when only the asker sees the answer (the web chat, a Teams personal chat, a Slack ephemeral answer), so a
    /// card can offer what fits this one person; false for a card everyone in a channel sees.
    /// </summary>
    public bool Private { get; init; }
}
