namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum TextSize
{
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
}
