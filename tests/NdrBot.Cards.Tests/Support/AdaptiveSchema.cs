using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.Support;

/// <summary>
/// The official Adaptive Card 1.5 schema (draft-06). Note: its root object has additionalProperties false and no
/// <c>msteams</c>, so the Teams extension is stripped before strict validation; the schema's <c>id</c> is the
/// draft-04 spelling, which draft-06 ignores, and every <c>$ref</c> is local, so nothing is fetched.
/// </summary>
internal static class AdaptiveSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>Validation errors of a card (empty when valid), each with the instance location.</summary>
    public static IReadOnlyList<string> Validate(JsonObject card)
    {
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        using var doc = JsonDocument.Parse(copy.ToJsonString());
        var result = Schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        return [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)").Take(20)];
    }

    private static JsonSchema Load()
    {
        var path = TestData.PathOf("schemas", "adaptive-cards", "adaptive-card-1.5.json");
        var options = new BuildOptions { Dialect = Dialect.Draft06, SchemaRegistry = new SchemaRegistry() };
        return JsonSchema.FromText(File.ReadAllText(path), options);
    }
}
