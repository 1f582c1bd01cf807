namespace NdrBot.Triage.Delivery;

/// <summary>
/// A reply or card update that could not be sent and waits to be tried again. <see cref="Kind"/> tells the sender
/// what the payload is (e.g. <c>reply</c>, <c>card-update</c>); <see cref="Payload"/> is opaque to storage (JSON), and so is
/// <see cref="Channel"/>: the channel's stored name (<c>msteams</c>, <c>slack</c>), given by the host.
/// </summary>
public sealed record OutboxMessage(string Channel, string ConversationId, string Kind, string Payload, string? CaseId = null);
