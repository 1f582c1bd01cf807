using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace NdrBot.Teams.Auth;

/// <summary>
/// Configures JwtBearer for Connector tokens: the Bot Framework OpenID metadata, issuer, audience = AppId,
/// lifetime with 5 minutes of skew, RS256/384/512 signatures only; endorsements are read after validation.
/// </summary>
internal sealed class BotJwtBearerOptionsSetup(IOptions<TeamsOptions> teams) : IConfigureNamedOptions<JwtBearerOptions>
{
    public void Configure(string? name, JwtBearerOptions options)
    {
        if (name != BotAuth.Scheme)
        {
            return;
        }

        var settings = teams.Value;
        options.MetadataAddress = settings.OpenIdMetadataUrl;
        options.RequireHttpsMetadata = settings.OpenIdMetadataUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        options.MapInboundClaims = false;
        options.AutomaticRefreshInterval = BotAuth.KeyRefreshInterval;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = BotAuth.ChannelIssuer,
            ValidAudience = settings.AppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ClockSkew = BotAuth.ClockSkew,
            ValidAlgorithms = BotAuth.Algorithms,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = EndorsementReader.OnTokenValidatedAsync,
            OnAuthenticationFailed = FailInsteadOfThrowing,
        };
    }

    /// <summary>
    /// Note: JwtBearer rethrows what goes wrong outside token validation (the metadata cannot be fetched) unless this
    /// event sets a result, and the throw would surface as a 500 from the authentication middleware on every route.
    /// As a failure the request gate can tell it apart (<see cref="SigningKeyState"/>) and answer 503.
    /// </summary>
    private static Task FailInsteadOfThrowing(AuthenticationFailedContext context)
    {
        context.Fail(context.Exception);
        return Task.CompletedTask;
    }

    public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
}
