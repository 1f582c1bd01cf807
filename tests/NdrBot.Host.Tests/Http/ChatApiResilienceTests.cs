using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using NdrBot.Host.Http;
using NdrBot.Host.Tests.Slack;
using NdrBot.Slack.WebApi;
using NdrBot.Teams.Connector;
using NdrBot.Tests.Shared.Slack;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NdrBot.Host.Tests.Http;

/// <summary>
/// The host gives both chat clients one resilience profile (the Connector's retries are checked end to end in
/// <c>ConnectorRetryTests</c>); each channel's section overrides it for that channel only.
/// </summary>
public sealed class ChatApiResilienceTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();

    [Theory]
    [InlineData(ConnectorClient.HttpClientName)]
    [InlineData(SlackWebClient.HttpClientName)]
    public void ChatClients_KeepTheResilienceHandler_WithoutTheFactorysPerRequestLogging(string name)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddHttpClient(name);
        using var provider = services.AddNdrBotChatResilience().BuildServiceProvider();

        var handlers = new List<string>();
        for (HttpMessageHandler? h = provider.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(name); h is DelegatingHandler d; h = d.InnerHandler)
        {
            handlers.Add(h.GetType().Name);
        }

        Assert.Contains(handlers, h => h.Contains("Resilience", StringComparison.Ordinal));
        Assert.DoesNotContain(handlers, h => h.StartsWith("Logging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SlackPostMessage_RateLimitedOnceWithRetryAfter_RetriesAndPostsOnce()
    {
        _slack.Server.Given(Request.Create().WithPath("/api/chat.postMessage").UsingPost()).InScenario("rate").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "1"));
        _slack.Server.Given(Request.Create().WithPath("/api/chat.postMessage").UsingPost()).InScenario("rate").WhenStateIs("open")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"ok":true,"ts":"2.0","channel":"C1"}"""));
        using var app = SlackHostApp.HttpMode(_slack);

        var result = await app.Services.GetRequiredService<SlackWebClient>().PostMessageAsync("C1", new JsonObject { ["text"] = "hi" });

        Assert.True(result.Ok);
        Assert.Equal("2.0", result.Ts);
        Assert.Equal([429, 200], _slack.Calls("/api/chat.postMessage").Select(c => (int)c.ResponseMessage.StatusCode!));
    }

    [Fact]
    public async Task SlackUpdate_Transient503_IsRetried()
    {
        _slack.Server.Given(Request.Create().WithPath("/api/chat.update").UsingPost()).InScenario("5xx").WillSetStateTo("up")
            .RespondWith(Response.Create().WithStatusCode(503));
        _slack.Server.Given(Request.Create().WithPath("/api/chat.update").UsingPost()).InScenario("5xx").WhenStateIs("up")
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"ok":true,"ts":"1.0"}"""));
        using var app = SlackHostApp.HttpMode(_slack);

        Assert.True((await app.Services.GetRequiredService<SlackWebClient>().UpdateAsync("C1", "1.0", new JsonObject { ["text"] = "x" })).Ok);
        Assert.Equal(2, _slack.Calls("/api/chat.update").Count);
    }

    [Fact]
    public void Profile_BothClients_SameSettings_AndEachSectionOverridesItsOwnOnly()
    {
        var settings = SlackHostApp.Settings(_slack);
        settings[ChatApiResilience.SlackSection + ":Retry:MaxRetryAttempts"] = "1";
        using var app = new SlackHostApp(settings);
        var options = app.Services.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>();

        var teams = options.Get(ConnectorClient.HttpClientName + "-standard");
        var slack = options.Get(SlackWebClient.HttpClientName + "-standard");

        Assert.Equal((4, 1), (teams.Retry.MaxRetryAttempts, slack.Retry.MaxRetryAttempts));
        Assert.Equal(TimeSpan.FromSeconds(60), teams.TotalRequestTimeout.Timeout);
        Assert.Equal(teams.TotalRequestTimeout.Timeout, slack.TotalRequestTimeout.Timeout);
        Assert.Equal(teams.CircuitBreaker.MinimumThroughput, slack.CircuitBreaker.MinimumThroughput);
    }

    public void Dispose() => _slack.Dispose();
}
