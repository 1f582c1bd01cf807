using Microsoft.Extensions.Logging;

namespace NdrBot.Teams;

/// <summary>Teams log messages. Never log tokens, Authorization headers or pasted text.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Teams request refused: {Reason} ({Detail})")]
    public static partial void Unauthorized(ILogger logger, string reason, string? detail);

    [LoggerMessage(2, LogLevel.Warning, "Connector {Method} for a {ActivityType} failed with HTTP {Status}")]
    public static partial void ConnectorFailed(ILogger logger, string method, int status, string activityType);

    [LoggerMessage(3, LogLevel.Warning, "Connector {Method} for a {ActivityType} failed")]
    public static partial void ConnectorError(ILogger logger, Exception exception, string method, string activityType);

    [LoggerMessage(4, LogLevel.Information, "Activity {ActivityType} ignored")]
    public static partial void Ignored(ILogger logger, string? activityType);

    [LoggerMessage(5, LogLevel.Warning, "Reply queue full; reply to activity {ActivityId} dropped")]
    public static partial void QueueFull(ILogger logger, string? activityId);

    [LoggerMessage(6, LogLevel.Error, "Reply to activity {ActivityId} failed")]
    public static partial void ReplyFailed(ILogger logger, Exception exception, string? activityId);

    [LoggerMessage(7, LogLevel.Information, "Card action {Verb} on case {CaseId}")]
    public static partial void CardAction(ILogger logger, string verb, string caseId);

    [LoggerMessage(8, LogLevel.Warning, "Teams inbound auth is OFF (no Teams:AppId): only loopback callers and loopback serviceUrls are accepted")]
    public static partial void DevModeWarning(ILogger logger);

    [LoggerMessage(9, LogLevel.Error, "Reply to activity {ActivityId} in conversation {ConversationId} was not delivered ({Error}); kept in the outbox: {Kept}")]
    public static partial void ReplyUndelivered(ILogger logger, string? conversationId, string? activityId, string? error, bool kept);

    [LoggerMessage(10, LogLevel.Warning, "Card of case {CaseId} in conversation {ConversationId} was not updated ({Error}); the outbox will put its current state")]
    public static partial void CardUpdateKept(ILogger logger, string? conversationId, string caseId, string? error);

    [LoggerMessage(11, LogLevel.Warning, "Connector {Method} for a {ActivityType} not made: no bot token ({ErrorType}, {ErrorCode})")]
    public static partial void TokenUnavailable(ILogger logger, string method, string activityType, string errorType, string? errorCode);

    [LoggerMessage(12, LogLevel.Warning, "Teams request not checked: the Bot Framework signing keys cannot be had (OpenID metadata unreachable); answered 503")]
    public static partial void SigningKeysUnavailable(ILogger logger);

    [LoggerMessage(13, LogLevel.Warning, "Connector {Method} for a {ActivityType} not made: the serviceUrl is not a plain http(s) base")]
    public static partial void ServiceUrlRefused(ILogger logger, string method, string activityType);
}
