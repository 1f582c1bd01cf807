using System.Text.Json;

namespace NdrBot.Slack.Json;

/// <summary>Slack's wire format: snake_case, unknown fields ignored (kept in <c>[JsonExtensionData]</c> where modelled).</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        MaxDepth = 32,
    };

    /// <summary>Deserializes or returns null: malformed input is a value, not an exception.</summary>
    public static T? TryRead<T>(string? json)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static T? TryRead<T>(JsonElement element)
        where T : class
    {
        try
        {
            return element.ValueKind == JsonValueKind.Object ? element.Deserialize<T>(Options) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
