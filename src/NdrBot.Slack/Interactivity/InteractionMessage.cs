namespace NdrBot.Slack.Interactivity;

/// <summary>The message a button was clicked on, or a message shortcut was run on.</summary>
public sealed record InteractionMessage
{
    public string? Text { get; init; }

    public string? Ts { get; init; }

    public string? ThreadTs { get; init; }

    public string? User { get; init; }

    public string? BotId { get; init; }
}
