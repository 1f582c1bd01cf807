using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Slack.Tests.Support;
using NdrBot.Slack.WebApi;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Slack.Tests.WebApi;

public sealed class SlackWebClientTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();
    private readonly CapturingLoggerProvider _logs = new();
    private readonly ServiceProvider _services;

    public SlackWebClientTests()
    {
        _services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), logs: _logs);
    }

    [Fact]
    public async Task PostMessage_InThread_SendsChannelThreadAndBearerToken()
    {
        var result = await Client.PostMessageAsync("C1", new JsonObject { ["text"] = "hi" }, "1700.1");

        Assert.True(result.Ok);
        Assert.Equal(SlackWebApiFake.PostedTs, result.Ts);
        var call = Assert.Single(_slack.Calls("/api/chat.postMessage"));
        Assert.Equal("Bearer " + SlackServices.BotToken, call.RequestMessage.Headers!["Authorization"].Single());
        var body = SlackWebApiFake.Body(call);
        Assert.Equal("C1", (string?)body["channel"]);
        Assert.Equal("1700.1", (string?)body["thread_ts"]);
        Assert.Equal("hi", (string?)body["text"]);
    }

    [Fact]
    public async Task Respond_ResponseUrlOnAnotherHost_IsNeverCalled_AndLoggedAsAWarning()
    {
        using var elsewhere = new SlackWebApiFake();

        var result = await Client.RespondAsync(elsewhere.Hook("stolen"), new JsonObject { ["text"] = "hi" });

        Assert.Equal(SlackApiResult.Failure(SlackWebClient.ResponseUrlRefused), result);
        Assert.Empty(elsewhere.Server.LogEntries);
        Assert.Contains(_logs.Lines, l => l.Contains("response_url on host localhost refused", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Respond_ResponseUrlOnTheConfiguredApiHost_IsCalled()
    {
        var result = await Client.RespondAsync(_slack.Hook("ok"), new JsonObject { ["text"] = "hi" });

        Assert.True(result.Ok);
        Assert.Single(_slack.Calls("/hooks/ok"));
    }

    [Fact]
    public async Task PostMessage_OkFalse_IsATypedErrorLoggedWithoutTheToken()
    {
        _slack.Server.Given(Request.Create().WithPath("/api/chat.postEphemeral").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("""{"ok":false,"error":"channel_not_found"}"""));

        var result = await Client.PostEphemeralAsync("C404", "U1", new JsonObject { ["text"] = "x" });

        Assert.False(result.Ok);
        Assert.Equal("channel_not_found", result.Error);
        Assert.Single(_slack.Calls("/api/chat.postEphemeral"));
        Assert.Contains(_logs.Lines, l => l.Contains("channel_not_found", StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(SlackServices.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Respond_ToResponseUrl_PostsResponseTypeWithoutToken()
    {
        var result = await Client.RespondAsync(_slack.Hook("cmd1"), new JsonObject { ["text"] = "x" }, "ephemeral");

        Assert.True(result.Ok);
        var call = Assert.Single(_slack.Calls("/hooks/cmd1"));
        Assert.Equal("ephemeral", (string?)SlackWebApiFake.Body(call)["response_type"]);
        Assert.False(call.RequestMessage.Headers!.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task OpenConnection_WithoutAppToken_FailsWithoutCalling()
    {
        var result = await Client.OpenConnectionAsync();

        Assert.Equal("not_configured", result.Error);
        Assert.Empty(_slack.Calls("/api/apps.connections.open"));
    }

    public void Dispose()
    {
        _services.Dispose();
        _slack.Dispose();
        _logs.Dispose();
    }

    private SlackWebClient Client => _services.GetRequiredService<SlackWebClient>();
}
