using System.Net;
using System.Text;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Issue 9, HTTP abuse of <c>POST /api/webchat</c>: 415 for a body that is not JSON, 400 for JSON that is not a
/// chat request, 413 for too big, 403 for a remote caller; nothing is stored or sent. (The web chat answers in the
/// HTTP response, so "sent" here means the Connector and Slack fakes saw nothing either.)
/// </summary>
public sealed class WebChatAbuseTests(WebChatAbuseTests.Host host) : IClassFixture<WebChatAbuseTests.Host>
{
    private const string Route = "/api/webchat";

    public static TheoryData<string, HttpStatusCode> Cases() => new()
    {
        { "malformed-json", HttpStatusCode.BadRequest },
        { "empty-body", HttpStatusCode.BadRequest },
        { "json-null", HttpStatusCode.BadRequest },
        { "json-array", HttpStatusCode.BadRequest },
        { "number-for-text", HttpStatusCode.BadRequest },
        { "nested-10000", HttpStatusCode.BadRequest },
        { "nested-value-10000", HttpStatusCode.BadRequest },
        { "neither-text-nor-value", HttpStatusCode.BadRequest },
        { "text-plain", HttpStatusCode.UnsupportedMediaType },
        { "form-body", HttpStatusCode.UnsupportedMediaType },
        { "no-content-type", HttpStatusCode.UnsupportedMediaType },
        { "oversized", HttpStatusCode.RequestEntityTooLarge },
        { "foreign-button", HttpStatusCode.OK },
    };

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

    [Fact]
    public async Task Post_FromARemoteAddress_Is403AndLeavesNoTrace()
    {
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();
        host.Abuse.App.RemoteAddress = IPAddress.Parse("203.0.113.7");
        try
        {
            using var response = await host.Abuse.Client.SendAsync(Json("""{"text":"550 5.1.1"}"""));

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        }
        finally
        {
            host.Abuse.App.RemoteAddress = IPAddress.Loopback;
        }

        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    private static HttpRequestMessage Build(string kind) => kind switch
    {
        "malformed-json" => Json("""{"text":"550 5.1.1"""),
        "empty-body" => Json(""),
        "json-null" => Json("null"),
        "json-array" => Json("""["550 5.1.1"]"""),
        "number-for-text" => Json("""{"text":550}"""),
        "nested-10000" => Json(string.Concat(Enumerable.Repeat("[", 10_000)) + string.Concat(Enumerable.Repeat("]", 10_000))),
        "nested-value-10000" => Json("""{"value":""" + string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000) + "}"),
        "neither-text-nor-value" => Json("""{"something":"else"}"""),
        "text-plain" => AbuseHost.Raw(Route, Encoding.UTF8.GetBytes("""{"text":"550 5.1.1"}"""), "text/plain"),
        "form-body" => AbuseHost.Raw(Route, Encoding.UTF8.GetBytes("text=550+5.1.1"), "application/x-www-form-urlencoded"),
        "no-content-type" => AbuseHost.Raw(Route, Encoding.UTF8.GetBytes("""{"text":"550 5.1.1"}"""), null),
        "oversized" => Json("""{"text":" """ + new string('x', 300 * 1024) + "\"}"),
        "foreign-button" => Json("""{"value":{"action":"approve","id":42}}"""),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    private static HttpRequestMessage Json(string body) => AbuseHost.Raw(Route, Encoding.UTF8.GetBytes(body), "application/json");

    /// <summary>The host for this class (Teams in local-dev mode, for the sentinel).</summary>
    public sealed class Host : IDisposable
    {
        internal AbuseHost Abuse { get; } = new(teamsAuth: false);

        public void Dispose() => Abuse.Dispose();
    }
}
