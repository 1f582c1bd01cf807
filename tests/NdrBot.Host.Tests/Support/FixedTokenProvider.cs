using NdrBot.Teams.Connector;

namespace NdrBot.Host.Tests.Support;

internal sealed class FixedTokenProvider(string token) : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(token);
}
