using Microsoft.Extensions.Options;
using Microsoft.Identity.Client;

namespace NdrBot.Teams.Connector;

/// <summary>
/// Client-credentials tokens for <c>https://api.botframework.com/.default</c> from MSAL, which caches them until
/// they expire. Without an AppId and password there is no token (local dev, the Agents Playground). When the token
/// endpoint fails or cannot be reached MSAL throws; <see cref="ConnectorClient"/> turns that into a retryable result.
/// </summary>
internal sealed class MsalBotTokenProvider : IBotTokenProvider
{
    private static readonly string[] Scopes = ["https://api.botframework.com/.default"];

    private readonly IConfidentialClientApplication? _client;

    public MsalBotTokenProvider(IOptions<TeamsOptions> options, IHttpClientFactory http)
    {
        var teams = options.Value;
        if (teams.AuthEnabled && !string.IsNullOrEmpty(teams.AppPassword))
        {
            var tenant = string.IsNullOrWhiteSpace(teams.TenantId) ? "botframework.com" : teams.TenantId;
            _client = ConfidentialClientApplicationBuilder.Create(teams.AppId)
                .WithClientSecret(teams.AppPassword)
                .WithAuthority($"https://login.microsoftonline.com/{tenant}")
                .WithHttpClientFactory(new MsalHttpClients(http))
                .Build();
        }
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default)
    {
        if (_client is null)
        {
            return null;
        }

        var result = await _client.AcquireTokenForClient(Scopes).ExecuteAsync(cancellationToken);
        return result.AccessToken;
    }
}
