namespace NdrBot.Teams.Connector;

/// <summary>What the Connector answers to a POST or PUT of an activity: the new activity's id.</summary>
internal sealed record ResourceResponse(string? Id);
