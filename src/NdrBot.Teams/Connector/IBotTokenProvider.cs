namespace NdrBot.Teams.Connector;

/// <summary>The bearer token for calls to the Connector; null when the bot runs without credentials.</summary>
public interface IBotTokenProvider
{
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default);
}
