using System.Text.Json.Nodes;

namespace NdrBot.Teams.Connector;

public sealed record OutgoingAttachment(string ContentType, JsonNode Content)
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
}
