namespace NdrBot.Cards.Model;

/// <summary>
/// The channels NdrBot answers in. Every adapter names its own here, and the host keys cases, card references and
/// the outbox by <see cref="ChatChannelNames.Name"/>, so a channel is spelt one way everywhere.
/// </summary>
public enum ChatChannel
{
    /// <summary>Microsoft Teams, and any other Bot Framework channel the Teams adapter receives.</summary>
    Teams,

    Slack,

    /// <summary>The local web chat page of the host.</summary>
    WebChat,
}
