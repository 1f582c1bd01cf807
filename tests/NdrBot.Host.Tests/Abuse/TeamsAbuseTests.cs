using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Issue 9, HTTP abuse of <c>POST /api/messages</c> with Teams auth on: every bad request gets its status (401 for
/// any token problem, 415 for a body that is not JSON, 400 for JSON that is not an activity, 413 for too big) and
/// leaves nothing in the store and nothing sent to the Connector. Unknown activity types are acknowledged (200) and
/// ignored, as the activity spec asks (A2014); unknown invokes get the SDK's 501.
/// </summary>
public sealed class TeamsAbuseTests(TeamsAbuseTests.Host host) : IClassFixture<TeamsAbuseTests.Host>
{
    public static TheoryData<string, HttpStatusCode> Cases() => new()
    {
        { "malformed-json", HttpStatusCode.BadRequest },
        { "empty-body", HttpStatusCode.BadRequest },
        { "json-array", HttpStatusCode.BadRequest },
        { "json-null", HttpStatusCode.BadRequest },
        { "text-plain", HttpStatusCode.UnsupportedMediaType },
        { "form-body", HttpStatusCode.UnsupportedMediaType },
        { "no-content-type", HttpStatusCode.UnsupportedMediaType },
        { "oversized", HttpStatusCode.RequestEntityTooLarge },
        { "oversized-chunked", HttpStatusCode.RequestEntityTooLarge },
        { "nested-10000", HttpStatusCode.BadRequest },
        { "nested-value-10000", HttpStatusCode.BadRequest },
        { "huge-type-string", HttpStatusCode.OK },
        { "huge-service-url", HttpStatusCode.BadRequest },
        { "missing-type", HttpStatusCode.BadRequest },
        { "missing-conversation", HttpStatusCode.BadRequest },
        { "missing-service-url", HttpStatusCode.BadRequest },
        { "service-url-with-fragment", HttpStatusCode.BadRequest },
        { "service-url-with-query", HttpStatusCode.BadRequest },
        { "null-conversation", HttpStatusCode.BadRequest },
        { "string-for-from", HttpStatusCode.BadRequest },
        { "object-for-entities", HttpStatusCode.BadRequest },
        { "number-for-text", HttpStatusCode.BadRequest },
        { "unknown-activity-type", HttpStatusCode.OK },
        { "unknown-invoke", HttpStatusCode.NotImplemented },
        { "message-reaction", HttpStatusCode.OK },
    };

    public static TheoryData<string> ForgedTokens() =>
        ["missing-header", "garbage", "three-garbage-parts", "unsigned", "alg-none", "wrong-key", "wrong-audience", "expired", "hs256-with-public-kid", "huge-token"];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadRequest_GetsItsStatusAndLeavesNoTrace(string kind, HttpStatusCode expected)
    {
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();
        using var request = Build(kind);

        using var response = await host.Abuse.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    [Theory]
    [MemberData(nameof(ForgedTokens))]
    public async Task Post_ForgedToken_Is401AndLeavesNoTrace(string kind)
    {
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();
        using var request = Activities.Post(Message("forged-" + kind), Authorization(kind));

        using var response = await host.Abuse.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    /// <summary>A good token whose serviceurl claim matches the odd serviceUrl, so only the URL itself can be refused.</summary>
    private string FragmentToken(string serviceUrl) => (host.Abuse.Minter with { ServiceUrlClaim = serviceUrl }).Mint(host.Abuse.SigningKey);

    private string? Authorization(string kind)
    {
        var minter = host.Abuse.Minter;
        using var stranger = new TestKey("abuse-key");
        return kind switch
        {
            "missing-header" => null,
            "garbage" => "Bearer !!!not-a-token!!!",
            "three-garbage-parts" => "Bearer eyJhbGciOiJSUzI1NiJ9.eyJub3RoaW5nIjoidHJ1ZSJ9.c2lnbmF0dXJl",
            "unsigned" => "Bearer " + minter.Mint(null),
            "alg-none" => "Bearer " + minter.MintUnsigned(),
            "wrong-key" => "Bearer " + minter.Mint(stranger.SecurityKey),
            "wrong-audience" => "Bearer " + (minter with { Audience = "00000000-0000-0000-0000-000000000000" }).Mint(host.Abuse.SigningKey),
            "expired" => "Bearer " + (minter with { ExpiresIn = TimeSpan.FromMinutes(-10) }).Mint(host.Abuse.SigningKey),
            "hs256-with-public-kid" => "Bearer " + minter.Mint(new SymmetricSecurityKey(new byte[64]) { KeyId = "abuse-key" }, SecurityAlgorithms.HmacSha256),
            "huge-token" => "Bearer " + new string('A', 200_000) + "." + new string('B', 10) + ".c",
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    private HttpRequestMessage Build(string kind)
    {
        var token = host.Abuse.ValidToken();
        var message = Message(kind);
        var request = kind switch
        {
            "malformed-json" => Json("""{"type":"message","text":"5.4.6",""", token),
            "empty-body" => Json("", token),
            "json-array" => Json("[1,2,3]", token),
            "json-null" => Json("null", token),
            "text-plain" => Typed(message.ToJsonString(), "text/plain", token),
            "form-body" => Typed("type=message&text=5.4.6", "application/x-www-form-urlencoded", token),
            "no-content-type" => Typed(message.ToJsonString(), null, token),
            "oversized" => Json(With(message, "text", new string('x', 300 * 1024)).ToJsonString(), token),
            "oversized-chunked" => Chunked(With(message, "text", new string('x', 300 * 1024)).ToJsonString(), token),
            "nested-10000" => Json(string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000)), token),
            "nested-value-10000" => Json(message.ToJsonString()[..^1] + ",\"value\":" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "}", token),
            "huge-type-string" => Json(With(message, "type", new string('m', 200 * 1024)).ToJsonString(), token),
            "huge-service-url" => Json(With(message, "serviceUrl", "https://" + new string('s', 200 * 1024) + ".example/").ToJsonString(), token),
            "missing-type" => Json(Without(message, "type").ToJsonString(), token),
            "missing-conversation" => Json(Without(message, "conversation").ToJsonString(), token),
            "missing-service-url" => Json(Without(message, "serviceUrl").ToJsonString(), token),
            "service-url-with-fragment" => Json(With(message, "serviceUrl", host.Abuse.Teams.ServiceUrl + "#").ToJsonString(), FragmentToken(host.Abuse.Teams.ServiceUrl + "#")),
            "service-url-with-query" => Json(With(message, "serviceUrl", host.Abuse.Teams.ServiceUrl + "?x=").ToJsonString(), FragmentToken(host.Abuse.Teams.ServiceUrl + "?x=")),
            "null-conversation" => Json(With(message, "conversation", null).ToJsonString(), token),
            "string-for-from" => Json(With(message, "from", "29:user-1").ToJsonString(), token),
            "object-for-entities" => Json(With(message, "entities", new JsonObject()).ToJsonString(), token),
            "number-for-text" => Json(With(message, "text", 550).ToJsonString(), token),
            "unknown-activity-type" => Json(With(message, "type", "holographicProjection").ToJsonString(), token),
            "unknown-invoke" => Json(With(With(message, "type", "invoke"), "name", "task/teleport").ToJsonString(), token),
            "message-reaction" => Json(With(message, "type", "messageReaction").ToJsonString(), token),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return request;
    }

    private JsonObject Message(string kind)
    {
        var activity = Activities.Message(host.Abuse.Teams.ServiceUrl, "550 5.1.1 please explain");
        activity["conversation"] = new JsonObject { ["id"] = "abuse-" + kind, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" };
        return activity;
    }

    private static JsonObject With(JsonObject activity, string field, JsonNode? value)
    {
        var copy = activity.DeepClone().AsObject();
        copy[field] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject activity, string field)
    {
        var copy = activity.DeepClone().AsObject();
        copy.Remove(field);
        return copy;
    }

    private static HttpRequestMessage Json(string body, string token) => Typed(body, "application/json", token);

    private static HttpRequestMessage Typed(string body, string? contentType, string token)
    {
        var request = AbuseHost.Raw("/api/messages", Encoding.UTF8.GetBytes(body), contentType);
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    private static HttpRequestMessage Chunked(string body, string token)
    {
        var content = new StreamContent(new NoLengthStream(Encoding.UTF8.GetBytes(body)));
        content.Headers.ContentType = new("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Authorization = new("Bearer", token);
        return request;
    }

    /// <summary>The host for this class: one app, Teams auth on; every test measures against its own baseline.</summary>
    public sealed class Host : IDisposable
    {
        internal AbuseHost Abuse { get; } = new(teamsAuth: true);

        public void Dispose() => Abuse.Dispose();
    }
}
