namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum FontType
{
    Default,
    Monospace,
}
