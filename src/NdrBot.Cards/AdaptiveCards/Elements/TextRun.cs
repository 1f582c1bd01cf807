using System.Text.Json.Serialization;

namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record TextRun(string Text)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; init; } = "TextRun";

    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public FontType? FontType { get; init; }

    public bool? Italic { get; init; }
}
