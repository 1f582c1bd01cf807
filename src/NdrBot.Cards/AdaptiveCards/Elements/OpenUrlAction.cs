namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record OpenUrlAction(string Title, Uri Url) : AdaptiveAction(Title);
