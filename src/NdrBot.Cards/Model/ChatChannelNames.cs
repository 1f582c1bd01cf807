using System.Diagnostics.CodeAnalysis;

namespace NdrBot.Cards.Model;

/// <summary>The stored names of <see cref="ChatChannel"/>: <c>msteams</c>, <c>slack</c>, <c>webchat</c>. Stable: the store keeps them.</summary>
public static class ChatChannelNames
{
    public const string Teams = "msteams";

    public const string Slack = "slack";

    public const string WebChat = "webchat";

    public static string Name(this ChatChannel channel) => channel switch
    {
        ChatChannel.Teams => Teams,
        ChatChannel.Slack => Slack,
        ChatChannel.WebChat => WebChat,
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    /// <summary>
    /// Reads a stored name. <c>teams</c> is how card references and the outbox spelt Teams before migration 7
    /// renamed them; it is still read, so a row written by an older replica during an upgrade keeps working.
    /// </summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ChatChannel? channel)
    {
        channel = name switch
        {
            Teams or "teams" => ChatChannel.Teams,
            Slack => ChatChannel.Slack,
            WebChat => ChatChannel.WebChat,
            _ => null,
        };
        return channel is not null;
    }
}
