namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum Spacing
{
    None,
    Small,
    Default,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
