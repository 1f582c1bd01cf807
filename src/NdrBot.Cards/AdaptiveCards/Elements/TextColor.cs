namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum TextColor
{
    Default,
    Dark,
    Light,
    Accent,
    Good,
    Warning,
    Attention,
}
