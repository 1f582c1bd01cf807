namespace NdrBot.Slack.Inbound;

/// <summary>A type NdrBot does not handle, or a body it could not read: acknowledged, never a 500.</summary>
public sealed record SlackUnrecognized(string? Type) : SlackInbound;
