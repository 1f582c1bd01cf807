namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record Fact(string Title, string Value);
