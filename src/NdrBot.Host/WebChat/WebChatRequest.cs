using System.Text.Json;

namespace NdrBot.Host.WebChat;

/// <summary>What the chat page posts: typed text, or the <c>data</c> of a clicked card button.</summary>
public sealed record WebChatRequest(string? Text, JsonElement? Value);
