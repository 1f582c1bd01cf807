namespace NdrBot.Teams.Activities;

/// <summary>A user or bot (<c>from</c>, <c>recipient</c>, a mention's <c>mentioned</c>).</summary>
public sealed record ChannelAccount(string? Id, string? Name)
{
    public string? AadObjectId { get; init; }

    public string? Role { get; init; }
}
