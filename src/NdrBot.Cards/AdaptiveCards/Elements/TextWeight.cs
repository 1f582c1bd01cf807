namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum TextWeight
{
    Lighter,
    Default,
    Bolder,
}
