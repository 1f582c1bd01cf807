namespace NdrBot.Core.Diagnosis;

/// <summary>A <see cref="DeliveryState"/> and what it rests on, in words a reader can check against the report.</summary>
internal sealed record DeliveryVerdict(DeliveryState State, string Basis);
