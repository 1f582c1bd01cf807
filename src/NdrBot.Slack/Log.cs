using Microsoft.Extensions.Logging;

namespace NdrBot.Slack;

/// <summary>Slack log messages. Never pass tokens, secrets, request bodies or pasted bounces.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Warning, "Slack {Method} failed: {Error}")]
    public static partial void ApiError(ILogger logger, string method, string error);

    [LoggerMessage(2, LogLevel.Warning, "Slack {Method} could not be reached: {Reason}")]
    public static partial void NetworkError(ILogger logger, string method, string reason);

    [LoggerMessage(3, LogLevel.Error, "Slack {Method} skipped: no token configured for it")]
    public static partial void TokenMissing(ILogger logger, string method);

    [LoggerMessage(4, LogLevel.Information, "Slack event {EventId} already handled; acknowledged without answering")]
    public static partial void DuplicateEvent(ILogger logger, string eventId);

    [LoggerMessage(5, LogLevel.Warning, "Slack work queue is full; answered busy")]
    public static partial void QueueFull(ILogger logger);

    [LoggerMessage(6, LogLevel.Debug, "Slack request not answered: {What}")]
    public static partial void NotAnswered(ILogger logger, string what);

    [LoggerMessage(7, LogLevel.Error, "Slack work item {Kind} failed")]
    public static partial void WorkFailed(ILogger logger, Exception exception, string kind);

    [LoggerMessage(8, LogLevel.Information, "Slack Socket Mode connected")]
    public static partial void SocketReady(ILogger logger);

    [LoggerMessage(9, LogLevel.Information, "Slack Socket Mode disconnect requested: {Reason}")]
    public static partial void SocketDisconnect(ILogger logger, string reason);

    [LoggerMessage(10, LogLevel.Warning, "Slack Socket Mode connection lost ({Reason}); reconnecting in {Delay}")]
    public static partial void SocketRetry(ILogger logger, string reason, TimeSpan delay);

    [LoggerMessage(11, LogLevel.Error, "Slack {Method} to channel {Channel} (thread {ThreadTs}) was not delivered ({Error}); kept in the outbox: {Kept}")]
    public static partial void MessageUndelivered(ILogger logger, string method, string? channel, string? threadTs, string error, bool kept);

    [LoggerMessage(12, LogLevel.Warning, "Socket Mode {Type} envelope not acknowledged ({ErrorType}: {Error}); Slack resends events, other requests show the user an error")]
    public static partial void EnvelopeNotAcknowledged(ILogger logger, string? type, string errorType, string error);

    [LoggerMessage(13, LogLevel.Warning, "Slack response_url on host {Host} refused: only https://hooks.slack.com/ is called; answering through the Web API instead")]
    public static partial void ResponseUrlRefused(ILogger logger, string host);
}
