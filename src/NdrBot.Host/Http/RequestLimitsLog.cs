namespace NdrBot.Host.Http;

/// <summary>Requests cut off by <see cref="RequestLimitsOptions"/>: the client's doing, so one warning each and no stack trace.</summary>
internal static partial class RequestLimitsLog
{
    [LoggerMessage(4, LogLevel.Warning, "{Path} answered {Status}: the request body was refused ({Reason})")]
    public static partial void BodyRefused(ILogger logger, string path, int status, string reason);

    [LoggerMessage(5, LogLevel.Warning, "{Path} answered {Status}: the request took longer than {Timeout}")]
    public static partial void TimedOut(ILogger logger, string path, int status, TimeSpan timeout);
}
