using System.Text.Json.Nodes;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Model;
using NdrBot.Host.Endpoints;

namespace NdrBot.Host.WebChat;

/// <summary>The bot's reply to the chat page: a text line, an Adaptive Card, or both.</summary>
/// <param name="Text">A text line.</param>
/// <param name="Card">An Adaptive Card.</param>
/// <param name="Refresh">
/// Set while the card's live checks are running: where the page asks for the card again (a <see cref="WebChatCard"/>)
/// until they are done, to put it in place of this one.
/// </param>
public sealed record WebChatReply(string? Text, JsonObject? Card, string? Refresh = null)
{
    /// <summary>The reply carrying <paramref name="answer"/>'s card, and where to refresh it while its checks run.</summary>
    public static WebChatReply Of(string? text, Answer? answer) =>
        answer is null
            ? new WebChatReply(text, null)
            : new WebChatReply(text, AdaptiveCardRenderer.Render(answer),
                answer is { Checks.Pending: true, Triage.CaseId: { } caseId } ? WebChatCardEndpoints.For(caseId) : null);
}
