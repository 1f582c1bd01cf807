namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record InputToggle(string Title) : CardElement
{
    public string? Value { get; init; }

    public string? ValueOn { get; init; }

    public string? ValueOff { get; init; }

    public bool? Wrap { get; init; } = true;
}
