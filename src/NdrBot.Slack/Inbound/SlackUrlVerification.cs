namespace NdrBot.Slack.Inbound;

/// <summary>Slack checking the request URL: answer with <see cref="Challenge"/>.</summary>
public sealed record SlackUrlVerification(string Challenge) : SlackInbound;
