namespace NdrBot.Triage.Delivery;

/// <summary>
/// The outbox at a glance: <see cref="Pending"/> still to be sent (due or waiting for a retry or lease),
/// <see cref="Delivered"/> sent, <see cref="Dead"/> given up on.
/// </summary>
public sealed record OutboxCounts(int Pending, int Delivered, int Dead);
