using System.Text.Json.Nodes;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace NdrBot.Host.Tests.Support;

/// <summary>
/// WireMock standing in for Bot Framework: the OpenID metadata and JWKS (with endorsements), and the Connector
/// (<c>/amer/v3/conversations/…</c>), which records every call the bot makes.
/// </summary>
internal sealed class BotFrameworkFake : IDisposable
{
    public BotFrameworkFake(params TestKey[] keys)
    {
        Server = WireMockServer.Start();
        var metadata = new JsonObject
        {
            ["issuer"] = "https://api.botframework.com",
            ["authorization_endpoint"] = "https://invalid.example/authorize",
            ["jwks_uri"] = Server.Url + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        };
        Server.Given(Request.Create().WithPath("/v1/.well-known/openidconfiguration").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(metadata.ToJsonString()));
        PublishKeys(keys);
        Server.Given(Request.Create().WithPath("/amer/v3/*").UsingAnyMethod()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(201).WithHeader("Content-Type", "application/json").WithBody("""{"id":"reply-1"}"""));
    }

    public WireMockServer Server { get; }

    private Guid KeysMapping { get; } = Guid.NewGuid();

    /// <summary>Replaces the key set the JWKS endpoint serves (key rotation).</summary>
    public void PublishKeys(params TestKey[] keys)
    {
        var jwks = new JsonObject { ["keys"] = new JsonArray([.. keys.Select(k => (JsonNode)k.ToJwk())]) };
        Server.Given(Request.Create().WithPath("/v1/.well-known/keys").UsingGet()).WithGuid(KeysMapping)
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(jwks.ToJsonString()));
    }

    public int KeySetFetches => Server.LogEntries.Count(e => e.RequestMessage.Path == "/v1/.well-known/keys");

    public string MetadataUrl => Server.Url + "/v1/.well-known/openidconfiguration";

    public string ServiceUrl => Server.Url + "/amer/";

    public IReadOnlyList<ILogEntry> ConnectorCalls =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path.StartsWith("/amer/", StringComparison.Ordinal))];

    /// <summary>Waits (bounded) until the Connector has seen <paramref name="count"/> calls; returns them.</summary>
    public async Task<IReadOnlyList<ILogEntry>> WaitForConnectorCallsAsync(int count = 1, int timeoutSeconds = 15)
    {
        var deadline = TimeProvider.System.GetTimestamp();
        while (ConnectorCalls.Count < count && TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(timeoutSeconds))
        {
            await Task.Delay(25);
        }

        return ConnectorCalls;
    }

    public void Dispose() => Server.Stop();
}
