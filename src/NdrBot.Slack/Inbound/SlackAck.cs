namespace NdrBot.Slack.Inbound;

/// <summary>
/// What to send back within Slack's 3 seconds: nothing, the URL-verification challenge, or a short message only the
/// asker sees (the "busy, try again" answer when the work queue is full).
/// </summary>
public sealed record SlackAck
{
    public static readonly SlackAck Empty = new();

    public string? Challenge { get; init; }

    public string? EphemeralText { get; init; }

    public static SlackAck ForChallenge(string challenge) => new() { Challenge = challenge };

    public static SlackAck WithMessage(string text) => new() { EphemeralText = text };
}
