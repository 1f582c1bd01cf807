using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Identity.Client;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Tests.Connector;

public sealed class ConnectorClientTests
{
    [Fact]
    public async Task SendAsync_ThreadConversationId_IsEscapedAsOnePathSegment()
    {
        var handler = new CapturingHandler(HttpStatusCode.Created);
        var client = Create(handler, token: null);
        var reply = new OutgoingActivity
        {
            Type = "message",
            Conversation = new ConversationAccount("19:abc@thread.skype;messageid=1498171086622"),
            ReplyToId = "1498171086622",
            Text = "hi",
        };

        Assert.True(await client.SendAsync("https://smba.trafficmanager.net/amer/", reply));

        Assert.Equal(
            "https://smba.trafficmanager.net/amer/v3/conversations/19%3Aabc%40thread.skype%3Bmessageid%3D1498171086622/activities/1498171086622",
            handler.Requests.Single().RequestUri!.AbsoluteUri);
        Assert.Null(handler.Requests.Single().Headers.Authorization);
    }

    [Fact]
    public async Task UpdateAsync_WithToken_PutsWithBearer()
    {
        var handler = new CapturingHandler(HttpStatusCode.OK);
        var client = Create(handler, token: "t0k");
        var update = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        Assert.True((await client.UpdateAsync("https://smba.trafficmanager.net/amer", "card-1", update)).Sent);

        var request = handler.Requests.Single();
        Assert.Equal(HttpMethod.Put, request.Method);
        Assert.Equal("/amer/v3/conversations/conv/activities/card-1", request.RequestUri!.AbsolutePath);
        Assert.Equal("t0k", request.Headers.Authorization!.Parameter);
    }

    [Fact]
    public async Task SendAsync_ConnectorError_ReturnsFalse()
    {
        var client = Create(new CapturingHandler(HttpStatusCode.BadRequest), token: null);
        var reply = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        Assert.False(await client.SendAsync("https://smba.trafficmanager.net/amer/", reply));
    }

    [Fact]
    public async Task PostAsync_ServiceUrlWithAFragment_IsNotCalledAnywhere_AndNotRetried()
    {
        var handler = new CapturingHandler(HttpStatusCode.Created);
        var client = Create(handler, token: "t0k");
        var reply = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        var result = await client.PostAsync("https://smba.trafficmanager.net/amer#", reply);

        Assert.Equal(new ConnectorResult(false, null, false, ConnectorClient.BadServiceUrl), result);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task PostAsync_TokenEndpointFails_IsARetryableResultAndNothingIsSent()
    {
        var handler = new CapturingHandler(HttpStatusCode.Created);
        var client = Create(handler, new FailingTokens(new MsalServiceException("temporarily_unavailable", "token endpoint answered 503")));
        var reply = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        var result = await client.PostAsync("https://smba.trafficmanager.net/amer/", reply);

        Assert.Equal(new ConnectorResult(false, null, true, ConnectorClient.TokenUnavailable), result);
        Assert.Empty(handler.Requests);
    }

    [Fact]
    public async Task UpdateAsync_TokenEndpointUnreachable_IsARetryableResult()
    {
        var client = Create(new CapturingHandler(HttpStatusCode.OK), new FailingTokens(new HttpRequestException("connection refused")));
        var update = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        var result = await client.UpdateAsync("https://smba.trafficmanager.net/amer/", "card-1", update);

        Assert.True(result is { Sent: false, Retryable: true, Error: ConnectorClient.TokenUnavailable });
    }

    [Fact]
    public async Task PostAsync_CallerCancelsWhileTheTokenIsFetched_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var client = Create(new CapturingHandler(HttpStatusCode.Created), new FailingTokens(new OperationCanceledException(cancelled.Token)));
        var reply = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.PostAsync("https://smba.trafficmanager.net/amer/", reply, cancelled.Token));
    }

    [Fact]
    public async Task PostAsync_CardRenderedOnce_GoesOnTheWireAsItIs_AndTheNewIdIsRead()
    {
        var handler = new CapturingHandler(HttpStatusCode.Created, """{"id":"1:new-card"}""");
        var client = Create(handler, token: null);
        var card = new JsonObject { ["type"] = "AdaptiveCard", ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = "5.1.1 <b>\"x\"</b>" }) };
        var reply = new OutgoingActivity
        {
            Type = "message",
            Conversation = new ConversationAccount("conv"),
            Summary = "5.1.1",
            Attachments = [new OutgoingAttachment(OutgoingAttachment.AdaptiveCard, RawJson.From(card))],
        };

        var result = await client.PostAsync("https://smba.trafficmanager.net/amer/", reply);

        Assert.Equal("1:new-card", result.Id);
        Assert.Equal("application/json; charset=utf-8", handler.ContentTypes.Single());
        var sent = JsonNode.Parse(handler.Bodies.Single())!;
        Assert.Equal(OutgoingAttachment.AdaptiveCard, (string?)sent["attachments"]![0]!["contentType"]);
        Assert.True(JsonNode.DeepEquals(card, sent["attachments"]![0]!["content"]));
        Assert.Equal(("message", "5.1.1", "conv"), ((string?)sent["type"], (string?)sent["summary"], (string?)sent["conversation"]!["id"]));
        Assert.Null(sent["text"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("""{"id":5}""")]
    [InlineData("<html>ok</html>")]
    public async Task PostAsync_SuccessWithoutAnIdInTheBody_IsSentWithNoId(string body)
    {
        var client = Create(new CapturingHandler(HttpStatusCode.OK, body), token: null);
        var reply = new OutgoingActivity { Type = "message", Conversation = new ConversationAccount("conv"), Text = "x" };

        var result = await client.PostAsync("https://smba.trafficmanager.net/amer/", reply);

        Assert.True(result.Sent);
        Assert.Null(result.Id);
    }

    private static ConnectorClient Create(HttpMessageHandler handler, string? token) => Create(handler, new StaticTokens(token));

    private static ConnectorClient Create(HttpMessageHandler handler, IBotTokenProvider tokens)
    {
        var metrics = new TeamsMetrics(new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>());
        return new ConnectorClient(new HttpClient(handler), tokens, metrics, NullLogger<ConnectorClient>.Instance);
    }

    private sealed class FailingTokens(Exception failure) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromException<string?>(failure);
    }

    private sealed class StaticTokens(string? token) : IBotTokenProvider
    {
        public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(token);
    }

    private sealed class CapturingHandler(HttpStatusCode status, string responseBody = """{"id":"1"}""") : HttpMessageHandler
    {
        public List<HttpRequestMessage> Requests { get; } = [];

        public List<string> Bodies { get; } = [];

        public List<string?> ContentTypes { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add(request);
            Bodies.Add(request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken));
            ContentTypes.Add(request.Content?.Headers.ContentType?.ToString());
            return new HttpResponseMessage(status) { Content = new StringContent(responseBody) };
        }
    }
}
