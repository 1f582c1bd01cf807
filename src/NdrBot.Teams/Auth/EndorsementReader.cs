using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NdrBot.Teams.Auth;

/// <summary>
/// After the signature checks out, finds the signing key in the metadata's key set and copies its
/// <c>endorsements</c> into claims. A key without endorsements fails the token (channel tokens always have them).
/// </summary>
internal static class EndorsementReader
{
    public static async Task OnTokenValidatedAsync(TokenValidatedContext context)
    {
        if (context.SecurityToken is not JsonWebToken token || context.Options.ConfigurationManager is null)
        {
            context.Fail("unexpected token type");
            return;
        }

        var configuration = await context.Options.ConfigurationManager.GetConfigurationAsync(context.HttpContext.RequestAborted);
        var key = (configuration as OpenIdConnectConfiguration)?.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid == token.Kid);
        var endorsements = key is not null && key.AdditionalData.TryGetValue("endorsements", out var raw) ? Read(raw) : [];
        if (endorsements.Count == 0)
        {
            context.Fail("signing key has no endorsements");
            return;
        }

        var identity = new ClaimsIdentity(endorsements.Select(e => new Claim(BotAuth.EndorsementClaim, e)));
        context.Principal?.AddIdentity(identity);
    }

    // Note: IdentityModel stores unknown JWK members as JsonElement or as a list of objects, depending on version.
    private static List<string> Read(object? raw) => raw switch
    {
        JsonElement { ValueKind: JsonValueKind.Array } array => [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
        IEnumerable<string> strings => [.. strings],
        System.Collections.IEnumerable items and not string => [.. items.Cast<object?>().Select(i => i?.ToString()).OfType<string>()],
        _ => [],
    };
}
