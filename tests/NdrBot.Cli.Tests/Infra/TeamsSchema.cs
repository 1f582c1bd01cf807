using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// The Teams app manifest schema (v1.29, JSON Schema draft-04) from shared/, validated with NJsonSchema, which
/// implements draft-04 (JsonSchema.Net starts at draft-06).
/// </summary>
/// <remarks>
/// Note: the schema says draft-04 yet uses three later keywords. NJsonSchema ignores them: <c>const</c> (once, on
/// <c>manifestVersion</c>) is checked here by hand; <c>if</c>/<c>then</c> (once, in the API plugin auth section,
/// which NdrBot's manifest does not use) stays unchecked. <see cref="TeamsSchemaTests"/> counts them so that a new
/// schema version using them elsewhere is noticed.
/// </remarks>
internal static class TeamsSchema
{
    public static string Path { get; } = TestData.PathOf("schemas", "teams-manifest", "MicrosoftTeams.schema.json");

    private static readonly Lazy<Task<NJsonSchema.JsonSchema>> Schema = new(() => NJsonSchema.JsonSchema.FromFileAsync(Path));

    /// <summary>The schema's complaints about <paramref name="manifestJson"/>, one line each; empty when valid.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string manifestJson)
    {
        var schema = await Schema.Value;
        var errors = schema.Validate(manifestJson).Select(e => $"{e.Path}: {e.Kind}").ToList();
        errors.AddRange(TopLevelConstErrors(manifestJson));
        return errors;
    }

    private static IEnumerable<string> TopLevelConstErrors(string manifestJson)
    {
        var properties = JsonNode.Parse(File.ReadAllText(Path))!["properties"]!.AsObject();
        var manifest = JsonNode.Parse(manifestJson)!.AsObject();
        foreach (var (name, property) in properties)
        {
            if (property?["const"] is { } expected && manifest[name] is { } actual && !JsonNode.DeepEquals(expected, actual))
            {
                yield return $"#/{name}: NotConst (expected {expected.ToJsonString()}, got {actual.ToJsonString()})";
            }
        }
    }

    /// <summary>How often <paramref name="keyword"/> occurs as a property name anywhere in the schema.</summary>
    public static int CountKeyword(string keyword)
    {
        var count = 0;
        var reader = new Utf8JsonReader(File.ReadAllBytes(Path));
        while (reader.Read())
        {
            count += reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(keyword) ? 1 : 0;
        }

        return count;
    }
}
