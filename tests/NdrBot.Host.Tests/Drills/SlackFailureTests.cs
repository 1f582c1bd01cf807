using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Slack;
using NdrBot.Triage.Delivery;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static NdrBot.Host.Tests.Drills.ConnectorFailureTests;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Drills;

/// <summary>Issue 9, failure drills, for Slack: chat.postMessage throttled or failing (WireMock as the Web API).</summary>
public sealed class SlackFailureTests : IDisposable
{
    private const string PostMessage = "/api/chat.postMessage";

    private readonly SlackWebApiFake _slack = new();
    private readonly Guid _outage = Guid.NewGuid();

    [Fact]
    public async Task PostMessage_429WithRetryAfter_IsSentAgainOnlyOnceRetryAfterHasPassed_AndShowsOnce()
    {
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var app = new DrillApp(Settings(DrillApp.OutboxIdle()), clock);
        _slack.Server.Given(Request.Create().WithPath(PostMessage).UsingPost()).AtPriority(1)
            .InScenario("throttle").WillSetStateTo("done")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "10"));

        await MentionAsync(app, "EvThrottled", "C-THROTTLED");
        await _slack.WaitForCallsAsync(PostMessage);
        await Task.Delay(500); // the retry's timer is set once the client has read the 429

        clock.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(500);
        Assert.Single(_slack.Calls(PostMessage));

        clock.Advance(TimeSpan.FromSeconds(1));
        var calls = await _slack.WaitForCallsAsync(PostMessage, 2);
        Assert.Equal([429, 200], calls.Select(Status));
        Assert.Equal(calls[0].RequestMessage.Body, calls[1].RequestMessage.Body);
    }

    [Fact]
    public async Task PostMessage_FailsEveryAttempt_IsLoggedWithTheChannel_Kept_AndDeliveredOnceWhenSlackIsBack()
    {
        using var app = new DrillApp(Settings(DrillApp.FastSettings()));
        _slack.Server.Given(Request.Create().WithPath(PostMessage).UsingPost()).AtPriority(1).WithGuid(_outage)
            .RespondWith(Response.Create().WithStatusCode(503));

        await MentionAsync(app, "EvOutage", "C-OUTAGE");
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending + c.Delivered + c.Dead == 1);
        Assert.Equal(new OutboxCounts(1, 0, 0), kept);
        var logged = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("not delivered", StringComparison.Ordinal));
        Assert.Contains("C-OUTAGE", logged.Message, StringComparison.Ordinal);

        _slack.Server.DeleteMapping(_outage);
        var after = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Delivered == 1);

        Assert.Equal(new OutboxCounts(0, 1, 0), after);
        var delivered = Assert.Single(_slack.Calls(PostMessage), c => Status(c) == 200);
        Assert.Equal("C-OUTAGE", (string?)SlackWebApiFake.Body(delivered)["channel"]);
        Assert.Equal("1700000000.000100", (string?)SlackWebApiFake.Body(delivered)["thread_ts"]);
        Assert.All(_slack.Calls(PostMessage), c => Assert.Equal(delivered.RequestMessage.Body, c.RequestMessage.Body));
    }

    public void Dispose() => _slack.Dispose();

    private Dictionary<string, string?> Settings(Dictionary<string, string?> fast)
    {
        foreach (var (key, value) in SlackHostApp.Settings(_slack))
        {
            fast[key] = value;
        }

        return fast;
    }

    private static async Task MentionAsync(DrillApp app, string eventId, string channel)
    {
        using var client = app.CreateClient();
        using var request = SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention(eventId, "550 5.1.1", channel), SignedSlackRequest.Json);
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
