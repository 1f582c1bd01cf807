using Microsoft.Identity.Client;

namespace NdrBot.Teams.Connector;

/// <summary>
/// Gives MSAL the named <c>ndrbot-token</c> HttpClient, so token calls share pooled handlers, show in HTTP telemetry,
/// and can be pointed at a fake identity provider in tests.
/// </summary>
internal sealed class MsalHttpClients(IHttpClientFactory factory) : IMsalHttpClientFactory
{
    public const string HttpClientName = "ndrbot-token";

    public HttpClient GetHttpClient() => factory.CreateClient(HttpClientName);
}
