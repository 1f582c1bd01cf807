using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Slack.Events;

/// <summary>An Events API body: <c>url_verification</c> or <c>event_callback</c> (others are kept, not handled).</summary>
public sealed record EventEnvelope
{
    public string? Type { get; init; }

    public string? Challenge { get; init; }

    public string? TeamId { get; init; }

    public string? ApiAppId { get; init; }

    /// <summary>Stable across Slack's retries: the dedupe key.</summary>
    public string? EventId { get; init; }

    public long? EventTime { get; init; }

    public SlackEvent? Event { get; init; }

    public IReadOnlyList<EventAuthorization> Authorizations { get; init; } = [];

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
