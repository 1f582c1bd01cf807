using System.Text.Json.Serialization;

namespace NdrBot.Host.Slack;

/// <summary>An HTTP ack body Slack shows to the asker only (the "busy, try again" answer to a slash command).</summary>
internal sealed record EphemeralAck(
    [property: JsonPropertyName("response_type")] string ResponseType,
    [property: JsonPropertyName("text")] string Text);
