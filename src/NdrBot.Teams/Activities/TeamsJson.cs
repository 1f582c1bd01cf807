using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Teams.Activities;

/// <summary>JSON settings for the Bot Framework wire: camelCase, lenient reading, nulls left out when writing.</summary>
public static class TeamsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Parses an activity; null when the body is not a JSON object.</summary>
    public static Activity? TryParseActivity(ReadOnlySpan<byte> body)
    {
        try
        {
            return JsonSerializer.Deserialize<Activity>(body, Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
