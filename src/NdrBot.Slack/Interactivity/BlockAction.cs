namespace NdrBot.Slack.Interactivity;

public sealed record BlockAction
{
    public string? ActionId { get; init; }

    public string? BlockId { get; init; }

    public string? Type { get; init; }

    public string? Value { get; init; }
}
