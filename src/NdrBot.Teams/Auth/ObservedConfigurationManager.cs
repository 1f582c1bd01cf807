using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace NdrBot.Teams.Auth;

/// <summary>
/// JwtBearer's configuration manager, watched: every fetch that succeeds or throws is told to
/// <see cref="SigningKeyState"/>. Note: the inner manager only throws while it has never had the metadata; once it
/// has, a failed refresh keeps the keys it knows, which stay usable.
/// </summary>
internal sealed class ObservedConfigurationManager(IConfigurationManager<OpenIdConnectConfiguration> inner, SigningKeyState state)
    : IConfigurationManager<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(CancellationToken cancel)
    {
        try
        {
            var configuration = await inner.GetConfigurationAsync(cancel);
            state.Fetched();
            return configuration;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancel.IsCancellationRequested)
        {
            state.Failed();
            throw;
        }
    }

    public void RequestRefresh() => inner.RequestRefresh();
}
