namespace NdrBot.Cards.AdaptiveCards.Elements;

internal enum AssociatedInputs
{
    Auto,
    None,
}
