namespace NdrBot.Slack.WebApi;

/// <summary>
/// The outcome of a Web API call. Slack reports logical errors as HTTP 200 <c>{"ok":false,"error":"…"}</c>, so
/// success is <see cref="Ok"/>, never the status code alone. Transport failures use NdrBot's own codes
/// (<c>http_503</c>, <c>network_error</c>, <c>invalid_response</c>).
/// </summary>
public sealed record SlackApiResult
{
    public bool Ok { get; init; }

    /// <summary>Slack's error code (<c>channel_not_found</c>, <c>not_in_channel</c>, …) when not <see cref="Ok"/>.</summary>
    public string? Error { get; init; }

    /// <summary>chat.postMessage / chat.update: the message timestamp (keep it for later updates).</summary>
    public string? Ts { get; init; }

    public string? Channel { get; init; }

    /// <summary>apps.connections.open: the WebSocket URL.</summary>
    public string? Url { get; init; }

    public static SlackApiResult Failure(string error) => new() { Ok = false, Error = error };
}
