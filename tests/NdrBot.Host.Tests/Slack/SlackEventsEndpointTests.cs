using System.Net;
using System.Text;
using NdrBot.Host.Endpoints;
using NdrBot.Slack.Signing;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary><c>POST /slack/events</c> end to end: signature, ack, one threaded reply per event (protocol-brief B9).</summary>
public sealed class SlackEventsEndpointTests : IDisposable
{
    private const string PostMessage = "/api/chat.postMessage";

    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task SignedAppMention_PostsOneReplyInTheThread_WithTheCodeCard()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("Ev1", "550 5.1.1"), SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync(PostMessage)));
        Assert.Equal("C1", (string?)post["channel"]);
        Assert.Equal("1700000000.000100", (string?)post["thread_ts"]);
        // Note: the card is compared by content, not with a second AnswerAsync: that would attach to the case the
        // mention opened and render as a repeat.
        var blocks = post["blocks"]!.ToJsonString();
        Assert.Contains("5.1.1", blocks, StringComparison.Ordinal);
        Assert.Contains(NdrBot.Core.Catalogue.CodeCatalogue.Default.Lookup("5.1.1")!.Entry.Title, blocks, StringComparison.Ordinal);
        Assert.Contains("\"action_id\"", blocks, StringComparison.Ordinal);
        BlockKitAssert.WithinLimits(post);
    }

    [Fact]
    public async Task UrlVerification_Signed_EchoesTheChallenge()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.UrlVerification("3eZbrw1aB"), SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("3eZbrw1aB", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UrlVerification_Unsigned_Is401WithoutTheChallenge()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Unsigned(SlackEndpoints.EventsRoute, Encoding.UTF8.GetBytes(SlackPayloads.UrlVerification("3eZbrw1aB")), SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("3eZbrw1aB", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("forged")]
    [InlineData("stale")]
    [InlineData("future")]
    [InlineData("no-signature")]
    [InlineData("no-timestamp")]
    [InlineData("altered-body")]
    public async Task BadSignature_Is401WithNoDetail_AndNothingIsPosted(string kind)
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        var body = SlackPayloads.AppMention("EvBad", "550 5.1.1", channel: "CBAD");
        using var request = kind switch
        {
            "forged" => SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json, secret: "not-the-signing-secret"),
            "stale" => SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json, age: TimeSpan.FromMinutes(6)),
            "future" => SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json, age: TimeSpan.FromMinutes(-6)),
            "altered-body" => WithBody(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json), body.Replace("5.1.1", "5.1.2", StringComparison.Ordinal)),
            _ => SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json),
        };
        if (kind == "no-signature")
        {
            request.Headers.Remove(SlackSignatureHeaders.Signature);
        }
        else if (kind == "no-timestamp")
        {
            request.Headers.Remove(SlackSignatureHeaders.Timestamp);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());

        // A good event sent afterwards is answered; by then the rejected one would have been too, had it been queued.
        using var good = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvGood", "550 5.1.1", channel: "CGOOD"), SignedSlackRequest.Json));
        var posts = await _slack.WaitForCallsAsync(PostMessage);
        Assert.Equal("CGOOD", (string?)SlackWebApiFake.Body(Assert.Single(posts))["channel"]);
    }

    [Fact]
    public async Task SameEventThreeTimes_WithSlackRetryHeaders_IsAnsweredOnce()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        var body = SlackPayloads.AppMention("EvRetry", "550 5.1.1");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var request = SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json);
            if (attempt > 0)
            {
                request.Headers.Add(SlackSignatureHeaders.RetryNum, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
                request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
            }

            using var response = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var sentinel = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvOther", "421", channel: "C2"), SignedSlackRequest.Json));
        var posts = (await _slack.WaitForCallsAsync(PostMessage, count: 2)).Select(SlackWebApiFake.Body).ToList();
        Assert.Single(posts, p => (string?)p["channel"] == "C1");
        Assert.Single(posts, p => (string?)p["channel"] == "C2");
    }

    [Fact]
    public async Task OversizeBody_Is413_AndNothingIsPosted()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        var huge = SlackPayloads.AppMention("EvHuge", new string('x', 300 * 1024));

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, huge, SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_slack.Calls(PostMessage));
    }

    public void Dispose() => _slack.Dispose();

    private static HttpRequestMessage WithBody(HttpRequestMessage request, string body)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = request.Content!.Headers.ContentType;
        request.Content.Dispose();
        request.Content = content;
        return request;
    }
}
