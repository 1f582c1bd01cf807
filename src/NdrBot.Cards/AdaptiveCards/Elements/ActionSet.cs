namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record ActionSet(IReadOnlyList<AdaptiveAction> Actions) : CardElement;
