namespace NdrBot.Host.Checks;

/// <summary>Live-check log messages: case keys, counts and verdict totals only, never the bounce or DNS records.</summary>
internal static partial class ChecksLog
{
    [LoggerMessage(501, LogLevel.Warning, "Live checks skipped for case {CaseId}: {Queued} answers are already waiting for theirs")]
    public static partial void QueueFull(ILogger logger, string caseId, int queued);

    [LoggerMessage(502, LogLevel.Information, "Live checks for case {CaseId}: {Checks} checks, {CouldNotCheck} could not check, complete {Complete}")]
    public static partial void Checked(ILogger logger, string caseId, int checks, int couldNotCheck, bool complete);

    [LoggerMessage(503, LogLevel.Warning, "Live checks for case {CaseId} were not stored: the case is gone or older than stored findings")]
    public static partial void NotStored(ILogger logger, string caseId);

    [LoggerMessage(504, LogLevel.Error, "Live checks for case {CaseId} failed; its card is updated without them")]
    public static partial void Failed(ILogger logger, Exception exception, string caseId);

    [LoggerMessage(505, LogLevel.Debug, "Card of case {CaseId} updated in {Channel} with its checks")]
    public static partial void CardUpdated(ILogger logger, string caseId, string channel);

    [LoggerMessage(506, LogLevel.Warning, "Card of case {CaseId} in {Channel} not updated with its checks ({Error}); kept for a later try: {Kept}")]
    public static partial void CardNotUpdated(ILogger logger, string caseId, string channel, string? error, bool kept);

    [LoggerMessage(507, LogLevel.Warning, "Card of case {CaseId} not updated with its checks: too many cards are waiting for their update")]
    public static partial void ReadyFull(ILogger logger, string caseId);

    [LoggerMessage(508, LogLevel.Error, "Card of case {CaseId} could not be updated with its checks")]
    public static partial void UpdateFailed(ILogger logger, Exception exception, string caseId);
}
