namespace NdrBot.Cards.AdaptiveCards.Elements;

/// <summary>Only for trusted texts: Teams applies markdown to fact titles and values.</summary>
internal sealed record FactSet(IReadOnlyList<Fact> Facts) : CardElement;
