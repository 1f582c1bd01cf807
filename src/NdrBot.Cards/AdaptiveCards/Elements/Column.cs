using System.Text.Json.Serialization;

namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record Column(IReadOnlyList<CardElement> Items)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "Column";

    /// <summary><c>auto</c>, <c>stretch</c> or a weight such as <c>1</c>.</summary>
    public string? Width { get; init; }
}
