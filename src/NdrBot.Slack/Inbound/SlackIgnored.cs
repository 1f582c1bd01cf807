namespace NdrBot.Slack.Inbound;

/// <summary>A known request NdrBot must not answer (bot messages, its own messages, edits): acknowledged only.</summary>
public sealed record SlackIgnored(string Reason) : SlackInbound;
