namespace NdrBot.Load.Connector;

/// <summary>The Connector's answer to a posted activity.</summary>
internal sealed record ResourceResponse(string Id);
