namespace NdrBot.Slack.SocketMode;

/// <summary>How one Socket Mode connection ended: whether <c>hello</c> came, and whether Slack asked for the reconnect.</summary>
internal sealed record ConnectionOutcome(bool Ready, bool Requested, string Reason);
