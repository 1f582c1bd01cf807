namespace NdrBot.Slack.Inbound;

/// <summary>
/// What a verified Slack request asks for, independent of transport (HTTP or Socket Mode): a question to answer,
/// a card button, a URL check, or something NdrBot deliberately ignores or does not know.
/// </summary>
public abstract record SlackInbound;
