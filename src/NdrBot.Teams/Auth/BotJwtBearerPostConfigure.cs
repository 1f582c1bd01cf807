using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NdrBot.Teams.Auth;

/// <summary>
/// Runs after JwtBearer's own post-configuration (which builds the configuration manager from the metadata address)
/// and wraps that manager in an <see cref="ObservedConfigurationManager"/>.
/// </summary>
internal sealed class BotJwtBearerPostConfigure(SigningKeyState state) : IPostConfigureOptions<JwtBearerOptions>
{
    public void PostConfigure(string? name, JwtBearerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name == BotAuth.Scheme && options.ConfigurationManager is IConfigurationManager<OpenIdConnectConfiguration> inner and not ObservedConfigurationManager)
        {
            options.ConfigurationManager = new ObservedConfigurationManager(inner, state);
        }
    }
}
