namespace NdrBot.Slack.Signing;

public static class SlackSignatureHeaders
{
    public const string Signature = "X-Slack-Signature";

    public const string Timestamp = "X-Slack-Request-Timestamp";

    public const string RetryNum = "X-Slack-Retry-Num";
}
