namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record InputText : CardElement
{
    public string? Label { get; init; }

    public string? Placeholder { get; init; }

    public bool? IsMultiline { get; init; }

    public int? MaxLength { get; init; }
}
