using System.Text.Json.Nodes;

namespace NdrBot.Cards.AdaptiveCards.Elements;

internal sealed record SubmitAction(string Title, JsonObject Data) : AdaptiveAction(Title)
{
    public AssociatedInputs? AssociatedInputs { get; init; }
}
