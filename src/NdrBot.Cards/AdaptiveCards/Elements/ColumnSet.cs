namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record ColumnSet(IReadOnlyList<Column> Columns) : CardElement;
