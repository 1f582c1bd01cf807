using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NdrBot.Host.Tests.Support;
using NdrBot.Teams.Auth;

namespace NdrBot.Host.Tests.Teams;

/// <summary>The JwtBearer settings behind the A2 rules, as the running host resolves them.</summary>
public sealed class BotJwtOptionsTests
{
    [Fact]
    public void BotScheme_WithAppId_FollowsTheBotFrameworkRules()
    {
        using var fake = new BotFrameworkFake();
        using var app = NdrBotApp.WithAuth(fake, "app-id-1");

        var options = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(BotAuth.Scheme);

        var tvp = options.TokenValidationParameters;
        Assert.Equal(fake.MetadataUrl, options.MetadataAddress);
        Assert.Equal("https://api.botframework.com", tvp.ValidIssuer);
        Assert.Equal("app-id-1", tvp.ValidAudience);
        Assert.Equal(TimeSpan.FromMinutes(5), tvp.ClockSkew);
        Assert.Equal(["RS256", "RS384", "RS512"], tvp.ValidAlgorithms);
        Assert.True(tvp.RequireSignedTokens && tvp.ValidateLifetime && tvp.ValidateIssuerSigningKey);
        Assert.True(tvp.ValidateAudience && tvp.ValidateIssuer && tvp.RequireExpirationTime);
        Assert.True(options.AutomaticRefreshInterval <= TimeSpan.FromHours(24));
        Assert.False(options.MapInboundClaims);
    }
}
