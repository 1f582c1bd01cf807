namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum ActionStyle
{
    Default,
    Positive,
    Destructive,
}
