using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NdrBot.Host.Tests.Support;
using NdrBot.Teams.Connector;
using NdrBot.Triage.Delivery;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static NdrBot.Host.Tests.Drills.ConnectorFailureTests;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 14 item 3: with real credentials and the Entra ID token endpoint failing or unreachable, the reply is not
/// lost: it goes to the outbox like a reply the Connector refused, and is sent (with a token) once one can be had.
/// </summary>
public sealed class TokenFailureDrillTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";
    private const string TokenPath = "/tenant-1/oauth2/v2.0/token";

    private readonly TestKey _key = new("key-1", "msteams");
    private readonly BotFrameworkFake _fake;
    private readonly Guid _tokenMapping = Guid.NewGuid();

    public TokenFailureDrillTests() => _fake = new BotFrameworkFake(_key);

    [Fact]
    public async Task Reply_TokenEndpointAnswers503_IsKeptInTheOutbox_AndSentWithATokenWhenTheEndpointIsBack()
    {
        TokenEndpoint(Response.Create().WithStatusCode(503));
        var redirect = new RedirectingHandler(new Uri(_fake.Server.Url!));
        // Note: the outbox keeps trying every 100-200 ms; enough attempts that the reply is still pending when the endpoint is back.
        using var app = App(new(DrillApp.FastSettings()) { ["Outbox:MaxAttempts"] = "100" }, redirect);

        Assert.Equal(HttpStatusCode.OK, await PostAuthenticatedAsync(app, "conv-no-token"));
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 1);

        Assert.Equal(new OutboxCounts(1, 0, 0), kept);
        Assert.Empty(_fake.ConnectorCalls);
        Assert.Contains(redirect.Requested, u => u.Host == "login.microsoftonline.com" && u.AbsolutePath == TokenPath);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("conv-no-token", StringComparison.Ordinal)
            && e.Message.Contains(ConnectorClient.TokenUnavailable, StringComparison.Ordinal) && e.Message.Contains("kept in the outbox: True", StringComparison.Ordinal));

        TokenEndpoint(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
            .WithBody("""{"token_type":"Bearer","expires_in":3599,"ext_expires_in":3599,"access_token":"token-from-entra"}"""));
        var after = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Delivered == 1);

        Assert.Equal(new OutboxCounts(0, 1, 0), after);
        var delivered = Assert.Single(_fake.ConnectorCalls);
        Assert.Equal("conv-no-token", Conversation(delivered));
        Assert.Equal("Bearer token-from-entra", delivered.RequestMessage.Headers!["Authorization"].Single());
    }

    [Fact]
    public async Task Reply_TokenEndpointRefusesConnections_IsKeptInTheOutbox()
    {
        var redirect = new RedirectingHandler(new Uri("http://127.0.0.1:" + ClosedPort()));
        using var app = App(DrillApp.OutboxIdle(), redirect);

        Assert.Equal(HttpStatusCode.OK, await PostAuthenticatedAsync(app, "conv-refused"));
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 1);

        Assert.Equal(new OutboxCounts(1, 0, 0), kept);
        Assert.NotEmpty(redirect.Requested);
        Assert.Empty(_fake.ConnectorCalls);
        Assert.DoesNotContain(app.Logs.Entries, e => e.Message.Contains("failed", StringComparison.Ordinal) && e.Exception is not null);
    }

    public void Dispose()
    {
        _fake.Dispose();
        _key.Dispose();
    }

    private DrillApp App(Dictionary<string, string?> settings, RedirectingHandler redirect)
    {
        settings["Teams:AppId"] = AppId;
        settings["Teams:AppPassword"] = "not-a-real-secret";
        settings["Teams:TenantId"] = "tenant-1";
        settings["Teams:OpenIdMetadataUrl"] = _fake.MetadataUrl;
        return new DrillApp(settings, services: services =>
            services.AddHttpClient(MsalHttpClients.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => redirect));
    }

    private async Task<HttpStatusCode> PostAuthenticatedAsync(DrillApp app, string conversation)
    {
        using var client = app.CreateClient();
        var activity = Activities.Message(_fake.ServiceUrl, "550 5.1.1 for jo@example.com");
        activity["conversation"]!["id"] = conversation;
        var token = new TokenMinter(AppId, _fake.ServiceUrl).Mint(_key.SecurityKey);
        using var response = await client.SendAsync(Activities.PostWithToken(activity, token));
        return response.StatusCode;
    }

    private void TokenEndpoint(IResponseBuilder response) =>
        _fake.Server.Given(Request.Create().WithPath(TokenPath).UsingPost()).WithGuid(_tokenMapping).RespondWith(response);

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
