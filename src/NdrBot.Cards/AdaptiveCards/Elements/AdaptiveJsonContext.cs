using System.Text.Json.Serialization;

namespace NdrBot.Cards.AdaptiveCards.Elements;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class AdaptiveJsonContext : JsonSerializerContext;
