namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum ContainerStyle
{
    Default,
    Emphasis,
    Good,
    Attention,
    Warning,
    Accent,
}
