namespace NdrBot.Host.Delivery;

/// <summary>What one outbox attempt came to: sent, worth another try later, or never going to work.</summary>
internal sealed record DeliveryOutcome(DeliveryResult Result, string? Error = null)
{
    public static DeliveryOutcome Delivered { get; } = new(DeliveryResult.Delivered);

    public static DeliveryOutcome RetryLater(string? error) => new(DeliveryResult.RetryLater, error ?? "unknown");

    public static DeliveryOutcome Rejected(string? error) => new(DeliveryResult.Rejected, error ?? "unknown");
}
