namespace NdrBot.Cards.AdaptiveCards.Elements;

/// <summary>Only for NdrBot's own fixed texts: clients apply markdown to TextBlock text.</summary>
internal sealed record TextBlock(string Text) : CardElement
{
    public TextSize? Size { get; init; }

    public TextWeight? Weight { get; init; }

    public TextColor? Color { get; init; }

    public bool? IsSubtle { get; init; }

    public bool? Wrap { get; init; } = true;
}
