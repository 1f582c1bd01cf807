namespace NdrBot.Slack.Interactivity;

/// <summary>A modal (view_submission): NdrBot keeps the card action in <see cref="PrivateMetadata"/>.</summary>
public sealed record InteractionView
{
    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public ViewState? State { get; init; }
}
