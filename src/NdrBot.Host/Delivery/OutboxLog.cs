namespace NdrBot.Host.Delivery;

/// <summary>Outbox log messages: ids, channels and conversations only, never the reply's content.</summary>
internal static partial class OutboxLog
{
    [LoggerMessage(101, LogLevel.Warning, "Reply for {Channel} conversation {ConversationId} kept in the outbox as {OutboxId}")]
    public static partial void Kept(ILogger logger, long outboxId, string channel, string conversationId);

    [LoggerMessage(102, LogLevel.Error, "Reply for {Channel} conversation {ConversationId} is lost: the outbox could not store it")]
    public static partial void KeepFailed(ILogger logger, Exception exception, string channel, string conversationId);

    [LoggerMessage(103, LogLevel.Information, "Outbox {OutboxId} delivered to {Channel} conversation {ConversationId} on attempt {Attempts}")]
    public static partial void Delivered(ILogger logger, long outboxId, string channel, string conversationId, int attempts);

    [LoggerMessage(104, LogLevel.Warning, "Outbox {OutboxId} for {Channel} conversation {ConversationId} failed attempt {Attempts} ({Error}); next try in {Delay}")]
    public static partial void WillRetry(ILogger logger, long outboxId, string channel, string conversationId, int attempts, string? error, TimeSpan delay);

    [LoggerMessage(105, LogLevel.Error, "Outbox {OutboxId} for {Channel} conversation {ConversationId} is dead after {Attempts} attempts: {Reason}")]
    public static partial void Dead(ILogger logger, long outboxId, string channel, string conversationId, int attempts, string reason);

    [LoggerMessage(106, LogLevel.Warning, "Outbox not drained this round (is the store down?)")]
    public static partial void RoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(107, LogLevel.Warning, "Outbox {OutboxId} could not be updated after sending; it is due again when its lease ends")]
    public static partial void ItemFailed(ILogger logger, Exception exception, long outboxId);

    [LoggerMessage(108, LogLevel.Debug, "Outbox still not drained: {Rounds} rounds in a row ({ErrorType}: {Error})")]
    public static partial void StillFailing(ILogger logger, int rounds, string errorType, string error);

    [LoggerMessage(109, LogLevel.Information, "Outbox drained again after {Rounds} failed rounds")]
    public static partial void Recovered(ILogger logger, int rounds);
}
