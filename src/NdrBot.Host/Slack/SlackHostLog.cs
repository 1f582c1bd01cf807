using NdrBot.Slack.Signing;

namespace NdrBot.Host.Slack;

/// <summary>Slack endpoint log messages. Never pass signatures, secrets or request bodies.</summary>
internal static partial class SlackHostLog
{
    [LoggerMessage(101, LogLevel.Warning, "Slack request to {Path} rejected: signature {Verdict}")]
    public static partial void Rejected(ILogger logger, string path, SignatureVerdict verdict);
}
