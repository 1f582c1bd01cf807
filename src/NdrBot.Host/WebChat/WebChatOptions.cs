namespace NdrBot.Host.WebChat;

/// <summary>The <c>WebChat</c> section. The chat endpoint answers loopback callers only unless <see cref="AllowRemote"/>.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    public bool AllowRemote { get; set; }
}
