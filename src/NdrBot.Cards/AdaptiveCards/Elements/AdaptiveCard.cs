using System.Text.Json.Serialization;

namespace NdrBot.Cards.AdaptiveCards.Elements;

/// <summary>The card root. <see cref="MsTeams"/> is a Teams extension the official schema does not know.</summary>
internal sealed record AdaptiveCard(IReadOnlyList<CardElement> Body)
{
    [JsonPropertyOrder(-3)]
    public string Type { get; init; } = "AdaptiveCard";

    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-2)]
    public string Schema { get; init; } = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = AdaptiveCardRenderer.CardVersion;

    public IReadOnlyList<AdaptiveAction>? Actions { get; init; }

    public string? FallbackText { get; init; }

    [JsonPropertyName("msteams")]
    public MsTeamsOptions? MsTeams { get; init; }
}
