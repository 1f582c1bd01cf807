namespace NdrBot.Slack.Events;

/// <summary>Who the event was delivered to; for a bot install <see cref="UserId"/> is the bot's own user.</summary>
public sealed record EventAuthorization
{
    public string? TeamId { get; init; }

    public string? UserId { get; init; }

    public bool IsBot { get; init; }
}
