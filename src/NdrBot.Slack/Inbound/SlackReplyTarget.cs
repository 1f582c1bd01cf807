namespace NdrBot.Slack.Inbound;

/// <summary>Where and how to answer.</summary>
/// <param name="Channel">Conversation id.</param>
/// <param name="User">Who asked or clicked.</param>
/// <param name="ThreadTs">Reply in this thread (the mention's thread, or the mention itself).</param>
/// <param name="ResponseUrl">Slash commands and interactions: answer through this URL.</param>
/// <param name="Ephemeral">Only the asker sees the answer.</param>
/// <param name="MessageTs">The card message a button was clicked on (for chat.update).</param>
public sealed record SlackReplyTarget(
    string Channel,
    string? User,
    string? ThreadTs = null,
    Uri? ResponseUrl = null,
    bool Ephemeral = false,
    string? MessageTs = null)
{
    /// <summary>The workspace (team id) the request came from.</summary>
    public string? Team { get; init; }
}
