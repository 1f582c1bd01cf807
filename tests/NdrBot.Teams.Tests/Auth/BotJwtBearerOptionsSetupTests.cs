using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using NdrBot.Teams.Auth;

namespace NdrBot.Teams.Tests.Auth;

/// <summary>
/// Issue 16 §4: every check of the Bot Framework token rules (protocol brief A2) asserted where it is set, so turning
/// one off fails here and not only in the end-to-end host tests.
/// </summary>
public sealed class BotJwtBearerOptionsSetupTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public void Configure_BotScheme_ValidatesAudienceIssuerLifetimeAndSigningKey()
    {
        var tvp = Configure().TokenValidationParameters;

        Assert.True(tvp.ValidateAudience, "audience");
        Assert.True(tvp.ValidateIssuer, "issuer");
        Assert.True(tvp.ValidateLifetime, "lifetime");
        Assert.True(tvp.ValidateIssuerSigningKey, "signing key");
        Assert.True(tvp.RequireSignedTokens, "signed tokens");
        Assert.True(tvp.RequireExpirationTime, "expiration time");
        Assert.Equal(AppId, tvp.ValidAudience);
        Assert.Null(tvp.ValidAudiences);
        Assert.Equal(BotAuth.ChannelIssuer, tvp.ValidIssuer);
        Assert.Null(tvp.ValidIssuers);
        Assert.Equal(TimeSpan.FromMinutes(5), tvp.ClockSkew);
        Assert.Equal(["RS256", "RS384", "RS512"], tvp.ValidAlgorithms);
        Assert.Null(tvp.SignatureValidator);
        Assert.Null(tvp.AudienceValidator);
        Assert.Null(tvp.IssuerValidator);
        Assert.Null(tvp.LifetimeValidator);
    }

    [Fact]
    public void Configure_BotScheme_ChecksEndorsementsOnceTheTokenIsValid()
    {
        var options = Configure();

        Assert.Equal(EndorsementReader.OnTokenValidatedAsync, options.Events.OnTokenValidated);
    }

    [Fact]
    public void Configure_BotScheme_ReadsKeysFromTheConfiguredMetadataOverHttps()
    {
        var options = Configure();

        Assert.Equal(TeamsOptions.PublicOpenIdMetadataUrl, options.MetadataAddress);
        Assert.True(options.RequireHttpsMetadata);
        Assert.False(options.MapInboundClaims);
        Assert.Equal(TimeSpan.FromHours(24), options.AutomaticRefreshInterval);
    }

    [Fact]
    public void Configure_OtherScheme_IsLeftAlone()
    {
        var options = new JwtBearerOptions();

        new BotJwtBearerOptionsSetup(Options.Create(new TeamsOptions { AppId = AppId })).Configure("Other", options);

        Assert.Null(options.MetadataAddress);
        Assert.Null(options.TokenValidationParameters.ValidAudience);
    }

    private static JwtBearerOptions Configure()
    {
        var options = new JwtBearerOptions();
        new BotJwtBearerOptionsSetup(Options.Create(new TeamsOptions { AppId = AppId })).Configure(BotAuth.Scheme, options);
        return options;
    }
}
