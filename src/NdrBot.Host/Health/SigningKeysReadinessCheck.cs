using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using NdrBot.Teams;
using NdrBot.Teams.Auth;

namespace NdrBot.Host.Health;

/// <summary>
/// With Teams auth on, ready once the Bot Framework signing keys can be had: without them every Teams request is
/// answered 503. Asking fetches them the first time (JwtBearer caches them after that).
/// </summary>
internal sealed class SigningKeysReadinessCheck(IOptions<TeamsOptions> teams, IOptionsMonitor<JwtBearerOptions> jwt) : IReadinessCheck
{
    public string Name => "teams-keys";

    public async Task<bool> IsReadyAsync(CancellationToken cancellationToken = default)
    {
        if (!teams.Value.AuthEnabled)
        {
            return true;
        }

        return jwt.Get(BotAuth.Scheme).ConfigurationManager is { } keys
            && await keys.GetConfigurationAsync(cancellationToken) is { JsonWebKeySet.Keys.Count: > 0 };
    }
}
