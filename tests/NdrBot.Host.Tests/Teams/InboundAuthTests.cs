using System.Net;
using Microsoft.IdentityModel.Tokens;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Teams;

/// <summary>Protocol brief A7 cases 1–8: a Connector token passes, every kind of bad one is 401 with no reply.</summary>
public sealed class InboundAuthTests : IDisposable
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    private readonly TestKey _key = new("key-1", "msteams");
    private readonly TestKey _webchatOnlyKey = new("key-webchat", "webchat");
    private readonly TestKey _strangerKey = new("key-stranger", "msteams");
    private readonly BotFrameworkFake _fake;
    private readonly NdrBotApp _app;
    private readonly TokenMinter _minter;

    public InboundAuthTests()
    {
        _fake = new BotFrameworkFake(_key, _webchatOnlyKey);
        _app = NdrBotApp.WithAuth(_fake, AppId);
        _minter = new TokenMinter(AppId, _fake.ServiceUrl);
    }

    [Fact]
    public async Task Post_ValidToken_Returns200AndRepliesWithCodeCard()
    {
        var response = await SendAsync(_minter.Mint(_key.SecurityKey), "5.4.6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(await _fake.WaitForConnectorCallsAsync());
        Assert.Equal("POST", call.RequestMessage.Method);
        Assert.Equal("/amer/v3/conversations/conv-1/activities/msg-1", call.RequestMessage.Path);
        Assert.Equal("Bearer " + NdrBotApp.BotToken, call.RequestMessage.Headers!["Authorization"].Single());
        Assert.Contains("application/vnd.microsoft.card.adaptive", call.RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("5.4.6", call.RequestMessage.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_TokenExpiredFourMinutesAgo_IsAcceptedWithinSkew()
    {
        var token = (_minter with { ExpiresIn = TimeSpan.FromMinutes(-4) }).Mint(_key.SecurityKey);

        var response = await SendAsync(token, "5.4.6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimInOtherCase_IsAccepted()
    {
        var token = (_minter with { ServiceUrlClaim = _fake.ServiceUrl.ToUpperInvariant() }).Mint(_key.SecurityKey);

        var response = await SendAsync(token, "5.4.6");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_TokenFromRotatedKey_RefreshesKeySetAndPasses()
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(_minter.Mint(_key.SecurityKey), "5.4.6")).StatusCode);
        using var rotated = new TestKey("key-2", "msteams");
        _fake.PublishKeys(_key, rotated);

        // Note: JwtBearer asks for a key-set refresh when a kid is unknown and IdentityModel fetches it in the
        // background, so the requests that trigger it can still fail; the Connector retries, as this loop does.
        var status = HttpStatusCode.Unauthorized;
        for (var attempt = 0; attempt < 40 && status != HttpStatusCode.OK; attempt++)
        {
            status = (await SendAsync(_minter.Mint(rotated.SecurityKey), "5.4.6")).StatusCode;
            await Task.Delay(attempt == 0 ? 0 : 250);
        }

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(_fake.KeySetFetches >= 2, "the key set was not fetched again");
    }

    public static TheoryData<string> BadTokens() =>
        ["expired", "wrong-audience", "wrong-issuer", "unknown-key", "alg-none", "hs256", "wrong-endorsement", "serviceurl-mismatch"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Post_BadToken_Returns401AndSendsNothing(string kind)
    {
        var token = kind switch
        {
            "expired" => (_minter with { ExpiresIn = TimeSpan.FromMinutes(-6) }).Mint(_key.SecurityKey),
            "wrong-audience" => (_minter with { Audience = "99999999-2222-3333-4444-555555555555" }).Mint(_key.SecurityKey),
            "wrong-issuer" => (_minter with { Issuer = "https://evil.example" }).Mint(_key.SecurityKey),
            "unknown-key" => _minter.Mint(_strangerKey.SecurityKey),
            "alg-none" => _minter.MintUnsigned(),
            "hs256" => _minter.Mint(new SymmetricSecurityKey(new byte[32]) { KeyId = "key-1" }, SecurityAlgorithms.HmacSha256),
            "wrong-endorsement" => _minter.Mint(_webchatOnlyKey.SecurityKey),
            "serviceurl-mismatch" => (_minter with { ServiceUrlClaim = "https://attacker.example/" }).Mint(_key.SecurityKey),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        var response = await SendAsync(token, "5.4.6");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic eHl6")]
    [InlineData("Bearer")]
    [InlineData("Bearer ")]
    [InlineData("bearer not.a.jwt")]
    public async Task Post_MissingOrMalformedHeader_Returns401AndSendsNothing(string? authorization)
    {
        using var client = _app.CreateClient();
        using var request = Activities.Post(Activities.Message(_fake.ServiceUrl, "5.4.6"), authorization);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    [Fact]
    public async Task Post_BodyServiceUrlDiffersFromClaim_Returns401()
    {
        using var client = _app.CreateClient();
        var activity = Activities.Message("https://attacker.example/", "5.4.6");
        using var request = Activities.PostWithToken(activity, _minter.Mint(_key.SecurityKey));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
        _key.Dispose();
        _webchatOnlyKey.Dispose();
        _strangerKey.Dispose();
    }

    private async Task<HttpResponseMessage> SendAsync(string token, string text)
    {
        using var client = _app.CreateClient();
        using var request = Activities.PostWithToken(Activities.Message(_fake.ServiceUrl, text), token);
        return await client.SendAsync(request);
    }
}
