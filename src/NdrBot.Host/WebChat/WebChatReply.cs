using System.Text.Json.Nodes;

namespace NdrBot.Host.WebChat;

/// <summary>The bot's reply to the chat page: a text line, an Adaptive Card, or both.</summary>
public sealed record WebChatReply(string? Text, JsonObject? Card);
