using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Slack.Events;

/// <summary>The inner <c>event</c>: only the fields NdrBot reads; the rest stays in <see cref="Extra"/>.</summary>
public sealed record SlackEvent
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }

    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? Channel { get; init; }

    /// <summary><c>channel</c>, <c>group</c>, <c>im</c> or <c>mpim</c> on message events.</summary>
    public string? ChannelType { get; init; }

    public string? EventTs { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
