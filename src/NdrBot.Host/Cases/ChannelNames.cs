using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Cases;

/// <summary>Asker channel names (<c>msteams</c>, <c>slack</c>) and the store's <see cref="ChatChannel"/>.</summary>
internal static class ChannelNames
{
    public const string Teams = "msteams";

    public const string Slack = "slack";

    public static string Of(ChatChannel channel) => channel == ChatChannel.Teams ? Teams : Slack;

    /// <summary>Null for channels whose cards are not updated in place (the local web chat).</summary>
    public static ChatChannel? Parse(string channel) => channel switch
    {
        Teams => ChatChannel.Teams,
        Slack => ChatChannel.Slack,
        _ => null,
    };
}
