using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Teams.Activities;

/// <summary>
/// JSON settings for the Bot Framework wire: camelCase, lenient reading, nulls left out when writing. The wire types
/// themselves go through the source-generated <see cref="TeamsJsonContext"/>, which has the same settings.
/// </summary>
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
            return JsonSerializer.Deserialize(body, TeamsJsonContext.Default.Activity);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
