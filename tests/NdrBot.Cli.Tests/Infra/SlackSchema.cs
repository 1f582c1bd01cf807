using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using NdrBot.Tests.Shared;

namespace NdrBot.Cli.Tests.Infra;

/// <summary>
/// Slack's app manifest schema, validated with JsonSchema.Net, entirely offline: the dispatcher
/// (<c>manifest.schema.json</c>) picks a per-version document by <c>_metadata.major_version</c> and names it by URL;
/// both versioned documents are vendored beside it (tests/data/schemas/slack-manifest) and registered under those URLs.
/// </summary>
internal static class SlackSchema
{
    private const string UrlBase = "https://raw.githubusercontent.com/slackapi/manifest-schema/v0.5.0/schemas/";

    private static readonly string Folder = TestData.PathOf("schemas", "slack-manifest");

    public static string V1Path { get; } = Path.Combine(Folder, "manifest.schema.1.0.0.json");

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
        // Note: the versioned documents carry no "$schema" and use draft-07's "definitions"; read under the
        // library's default dialect (2020-12) they are refused for that unknown keyword, so they are built as the
        // draft-07 documents the dispatcher (itself "$schema": draft-07) treats them as.
        var options = new BuildOptions { Dialect = Dialect.Draft07 };
        foreach (var version in new[] { "1.0.0", "2.0.0" })
        {
            var name = $"manifest.schema.{version}.json";
            var url = new Uri(UrlBase + name);
            options.SchemaRegistry.Register(url, JsonSchema.FromFile(Path.Combine(Folder, name), options, url));
        }

        return JsonSchema.FromFile(Path.Combine(Folder, "manifest.schema.json"), options);
    }
}
