namespace NdrBot.Slack.Interactivity;

public sealed record InteractionContainer
{
    public string? Type { get; init; }

    public string? MessageTs { get; init; }

    public string? ChannelId { get; init; }

    public bool IsEphemeral { get; init; }
}
