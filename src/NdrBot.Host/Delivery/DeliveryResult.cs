namespace NdrBot.Host.Delivery;

internal enum DeliveryResult
{
    Delivered,
    RetryLater,
    Rejected,
}
