using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Teams.Activities;

/// <summary>An activity entity; only mentions (<c>type: mention</c>) are read, the rest is kept as is.</summary>
public sealed record Entity
{
    public string? Type { get; init; }

    public ChannelAccount? Mentioned { get; init; }

    public string? Text { get; init; }

    // Note: settable, not init: the source-generated reader fills init-only properties through the constructor, and
    // extension data cannot be bound that way.
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? Extra { get; set; }
}
