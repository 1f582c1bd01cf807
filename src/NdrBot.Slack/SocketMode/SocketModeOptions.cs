namespace NdrBot.Slack.SocketMode;

/// <summary>Socket Mode timings; defaults follow Slack's node SDK (ping every 5 s, pong within 5 s).</summary>
public sealed record SocketModeOptions
{
    public TimeSpan KeepAliveInterval { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan KeepAliveTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>Frames larger than this close the connection (Slack payloads are far smaller).</summary>
    public int MaxMessageBytes { get; init; } = 1024 * 1024;
}
