namespace NdrBot.Triage.Delivery;

/// <summary>An outbox message as stored: <see cref="Attempts"/> counts the dequeues, including the current one.</summary>
public sealed record OutboxItem(long Id, OutboxMessage Message, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset NextAttemptAt);
