using System.Text.Json.Serialization;

namespace NdrBot.Cards.AdaptiveCards.Elements;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
internal abstract record AdaptiveAction(string Title)
{
    public string? Id { get; init; }

    public ActionStyle? Style { get; init; }
}
