using System.Text.Json.Nodes;

namespace NdrBot.Host.WebChat;

/// <summary>A case's card as it is now, for the chat page to put in place of the one it shows.</summary>
/// <param name="Card">The Adaptive Card.</param>
/// <param name="ChecksPending">True while the case's live checks still run: ask again shortly.</param>
public sealed record WebChatCard(JsonObject Card, bool ChecksPending);
