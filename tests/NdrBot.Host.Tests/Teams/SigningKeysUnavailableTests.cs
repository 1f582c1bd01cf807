using System.Net;
using System.Text.Json.Nodes;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Support;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NdrBot.Host.Tests.Teams;

/// <summary>
/// Issue 14: while the Bot Framework OpenID metadata cannot be had, no token can be checked: the endpoint answers 503
/// with Retry-After (the Connector sends again) and <c>/readyz</c> says so; once the keys are known a forged token is
/// 401 again and a good one is answered.
/// </summary>
public sealed class SigningKeysUnavailableTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly TestKey _key = new("key-1", "msteams");
    private readonly TestKey _strangerKey = new("key-stranger", "msteams");
    private readonly BotFrameworkFake _fake;
    private readonly NdrBotApp _app;
    private readonly TokenMinter _minter;
    private readonly Guid _outage = Guid.NewGuid();

    public SigningKeysUnavailableTests()
    {
        _fake = new BotFrameworkFake(_key);
        _app = NdrBotApp.WithAuth(_fake, AppId);
        _minter = new TokenMinter(AppId, _fake.ServiceUrl);
    }

    [Fact]
    public async Task Post_MetadataUnreachable_Is503WithRetryAfter_ReadyzSaysSo_AndOnceKeysAreBackAForgedTokenIs401()
    {
        MetadataDown();

        using var undecided = await SendAsync(_minter.Mint(_key.SecurityKey));
        using var noToken = await SendAsync(null);
        var (readyDown, keysDown) = await ReadyAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, undecided.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(TeamsEndpoints.KeysRetryAfterSeconds), undecided.Headers.RetryAfter?.Delta);
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, false), (readyDown, keysDown));
        Assert.Empty(_fake.ConnectorCalls);

        _fake.Server.DeleteMapping(_outage);

        var (readyUp, keysUp) = await ReadyAsync();
        using var forged = await SendAsync(_minter.Mint(_strangerKey.SecurityKey));
        using var good = await SendAsync(_minter.Mint(_key.SecurityKey));

        Assert.Equal((HttpStatusCode.OK, true), (readyUp, keysUp));
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        Assert.Single(await _fake.WaitForConnectorCallsAsync());
    }

    [Fact]
    public async Task Readyz_KeysReachable_ReportsTeamsKeysReady()
    {
        var (ready, keys) = await ReadyAsync();

        Assert.Equal((HttpStatusCode.OK, true), (ready, keys));
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
        _key.Dispose();
        _strangerKey.Dispose();
    }

    private void MetadataDown() =>
        _fake.Server.Given(Request.Create().WithPath("/v1/.well-known/openidconfiguration").UsingGet()).AtPriority(-1).WithGuid(_outage)
            .RespondWith(Response.Create().WithStatusCode(503));

    private async Task<HttpResponseMessage> SendAsync(string? token)
    {
        using var client = _app.CreateClient();
        using var request = token is null
            ? Activities.Post(Activities.Message(_fake.ServiceUrl, "5.4.6"))
            : Activities.PostWithToken(Activities.Message(_fake.ServiceUrl, "5.4.6"), token);
        return await client.SendAsync(request);
    }

    private async Task<(HttpStatusCode Status, bool KeysReady)> ReadyAsync()
    {
        using var client = _app.CreateClient();
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, (bool?)body["checks"]?["teams-keys"] ?? false);
    }
}
