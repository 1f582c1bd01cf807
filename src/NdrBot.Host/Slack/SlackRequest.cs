namespace NdrBot.Host.Slack;

/// <summary>Log category for the Slack HTTP endpoints (<c>ILogger&lt;SlackRequest&gt;</c>).</summary>
internal sealed class SlackRequest;
