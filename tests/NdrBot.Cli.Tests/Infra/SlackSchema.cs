using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// Slack's manifest schema from shared/ (draft-07, validated with JsonSchema.Net). It dispatches on
/// <c>_metadata.major_version</c> to per-version schemas that it names by URL; offline, those URLs resolve to
/// Slack's <c>manifest.schema.1.0.0.json</c> beside it in shared/ when present, otherwise to NdrBot's stand-in
/// (<c>slack-manifest-v1.subset.schema.json</c>). Version 2 (workflow apps) resolves to a schema nothing satisfies.
/// </summary>
internal static class SlackSchema
{
    private const string V1Url = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.1.0.0.json";
    private const string V2Url = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/manifest.schema.2.0.0.json";

    private static readonly string Folder = SharedData.PathOf("data", "schemas", "slack-manifest");

    public static string V1Path { get; } = File.Exists(Path.Combine(Folder, "manifest.schema.1.0.0.json"))
        ? Path.Combine(Folder, "manifest.schema.1.0.0.json")
        : Path.Combine(AppContext.BaseDirectory, "Infra", "slack-manifest-v1.subset.schema.json");

    private static readonly Lazy<JsonSchema> Schema = new(Build);

    /// <summary>The schema's complaints about <paramref name="manifest"/>, one line each; empty when valid.</summary>
    public static IReadOnlyList<string> Validate(JsonNode manifest)
    {
        using var document = JsonDocument.Parse(manifest.ToJsonString());
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : [.. (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
                .DefaultIfEmpty("invalid")];
    }

    private static JsonSchema Build()
    {
        var options = new BuildOptions();
        options.SchemaRegistry.Register(new Uri(V1Url), JsonSchema.FromFile(V1Path, options, new Uri(V1Url)));
        options.SchemaRegistry.Register(new Uri(V2Url), JsonSchema.FromText("""{"not":{}}""", options, new Uri(V2Url)));
        return JsonSchema.FromFile(Path.Combine(Folder, "manifest.schema.json"), options);
    }
}
