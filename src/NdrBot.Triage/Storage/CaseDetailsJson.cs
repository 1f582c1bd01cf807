using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Storage;

/// <summary>The <c>details</c> column: <see cref="CaseDetails"/> as camelCase JSON, nulls left out.</summary>
internal static class CaseDetailsJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Write(CaseDetails details) => JsonSerializer.Serialize(details, Options);

    /// <summary>Null for a document that cannot be read: the case then renders as cases stored before details did.</summary>
    public static CaseDetails? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CaseDetails>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// The document with its <c>checks</c> field set to <paramref name="checks"/>, every other field (known or not)
    /// left as it was; null when the document cannot be read.
    /// </summary>
    public static string? WithChecks(string json, JsonElement checks)
    {
        try
        {
            if (JsonNode.Parse(json) is not JsonObject document)
            {
                return null;
            }

            document["checks"] = JsonNode.Parse(checks.GetRawText());
            return document.ToJsonString();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
