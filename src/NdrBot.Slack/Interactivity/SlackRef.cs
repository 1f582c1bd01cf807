namespace NdrBot.Slack.Interactivity;

/// <summary>A user, channel or team reference (<c>{"id": …}</c>).</summary>
public sealed record SlackRef(string? Id);
