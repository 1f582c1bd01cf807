namespace NdrBot.Slack.Inbound;

/// <summary>NdrBot's own short replies in Slack.</summary>
public static class SlackMessages
{
    public const string Busy = "NdrBot is busy right now. Please try again in a minute.";

    public const string Failed = "Sorry, NdrBot could not answer that. Please try again.";
}
