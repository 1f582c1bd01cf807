namespace NdrBot.Slack.Inbound;

/// <summary>A question in plain text (Slack markup already removed) and where to answer it.</summary>
public sealed record SlackQuestion(string Text, SlackReplyTarget ReplyTo) : SlackInbound;
