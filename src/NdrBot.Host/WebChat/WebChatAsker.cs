using NdrBot.Cards.Model;

namespace NdrBot.Host.WebChat;

/// <summary>The one person of the local web chat, in its own conversation and scope; only they see its cards.</summary>
internal static class WebChatAsker
{
    public static Asker Create() => new(ChatChannel.WebChat, "webchat-user", "You", "webchat") { Workspace = "local", Private = true };
}
