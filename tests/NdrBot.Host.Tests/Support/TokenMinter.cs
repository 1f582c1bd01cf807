using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NdrBot.Teams.Auth;

namespace NdrBot.Host.Tests.Support;

/// <summary>Mints Connector-like tokens for the tests; every field can be bent to make a bad one.</summary>
internal sealed record TokenMinter(string AppId, string ServiceUrl)
{
    public string Issuer { get; init; } = BotAuth.ChannelIssuer;

    public string? Audience { get; init; }

    public TimeSpan ExpiresIn { get; init; } = TimeSpan.FromMinutes(30);

    public string? ServiceUrlClaim { get; init; }

    public string Mint(SecurityKey? key, string algorithm = SecurityAlgorithms.RsaSha256)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience ?? AppId,
            IssuedAt = now.AddMinutes(-40),
            NotBefore = now.AddMinutes(-40),
            Expires = now + ExpiresIn,
            Claims = new Dictionary<string, object> { [BotAuth.ServiceUrlClaim] = ServiceUrlClaim ?? ServiceUrl },
            SigningCredentials = key is null ? null : new SigningCredentials(key, algorithm),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>A token whose header says <c>alg: none</c> and which carries no signature.</summary>
    public string MintUnsigned()
    {
        var signed = Mint(null);
        var parts = signed.Split('.');
        var header = Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("""{"alg":"none","typ":"JWT"}"""));
        return header + "." + parts[1] + ".";
    }
}
