namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record Container(IReadOnlyList<CardElement> Items) : CardElement
{
    public ContainerStyle? Style { get; init; }
}
