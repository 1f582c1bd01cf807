using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 9, failure drills: the Bot Framework Connector (WireMock) throttles, fails and hangs; replies are retried
/// per Retry-After and with backoff, and a reply that still fails is logged with its conversation and kept.
/// </summary>
public sealed class ConnectorFailureTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();

    [Fact]
    public async Task Reply_429WithRetryAfter_IsSentAgainOnlyOnceRetryAfterHasPassed_AndShowsOnce()
    {
        // Note: the host runs on a clock the test moves, so "after Retry-After" is shown without measuring time.
        var clock = new FakeTimeProvider(TimeProvider.System.GetUtcNow());
        using var app = new DrillApp(DrillApp.OutboxIdle(), clock);
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1)
            .InScenario("throttle").WillSetStateTo("done")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "10"));

        await PostAsync(app, _fake, "conv-throttled", "5.4.6");
        await _fake.WaitForConnectorCallsAsync(1);
        await Task.Delay(500); // the retry's timer is set once the client has read the 429

        clock.Advance(TimeSpan.FromSeconds(9));
        await Task.Delay(500);
        Assert.Single(_fake.ConnectorCalls);

        clock.Advance(TimeSpan.FromSeconds(1));
        var calls = await _fake.WaitForConnectorCallsAsync(2);
        Assert.Equal([429, 201], calls.Select(Status));
        Assert.Equal(calls[0].RequestMessage.Body, calls[1].RequestMessage.Body);
        Assert.Single(calls, c => Status(c) == 201);
    }

    [Fact]
    public async Task Reply_500Then503ThenTimeout_IsRetriedWithBackoffUntilItGoesThrough()
    {
        using var app = new DrillApp(DrillApp.OutboxIdle(retries: 6));
        var hanging = Guid.NewGuid();
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1)
            .InScenario("flaky").WillSetStateTo("second")
            .RespondWith(Response.Create().WithStatusCode(500));
        Fail(_fake, "flaky", "second", "third", Response.Create().WithStatusCode(503));

        // Note: longer than the two-second attempt timeout, so the client gives up on this attempt and tries again.
        // WireMock moves the scenario on only once it has answered, so an attempt in those three seconds hangs as well.
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1).WithGuid(hanging)
            .InScenario("flaky").WhenStateIs("third").WillSetStateTo("ok")
            .RespondWith(Response.Create().WithStatusCode(500).WithDelay(TimeSpan.FromSeconds(3)));

        await PostAsync(app, _fake, "conv-flaky", "5.4.6");

        var calls = await Eventually.WaitAsync(() => _fake.ConnectorCalls, c => c.Any(e => Status(e) == 201));
        Assert.Single(calls, c => Status(c) == 201);
        Assert.Single(calls, c => Status(c) == 503);
        Assert.Contains(calls, c => Status(c) == 500 && c.MappingGuid != hanging);
        Assert.Contains(calls, c => c.MappingGuid == hanging);
        Assert.All(calls, c => Assert.Equal(calls[0].RequestMessage.Body, c.RequestMessage.Body));
        Assert.Equal(0, (await Outbox(app).CountOutboxAsync()).Pending);
    }

    [Fact]
    public async Task Reply_EveryAttemptFails_IsLoggedWithTheConversation_KeptInTheOutbox_AndOtherConversationsAreAnswered()
    {
        using var app = new DrillApp(DrillApp.OutboxIdle(retries: 2));
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/conversations/conv-down/*").UsingPost()).AtPriority(1)
            .RespondWith(Response.Create().WithStatusCode(503));

        await PostAsync(app, _fake, "conv-down", "550 5.1.1 for jo@example.com");
        await PostAsync(app, _fake, "conv-up", "5.4.6");

        var calls = await Eventually.WaitAsync(() => _fake.ConnectorCalls, c => c.Count(e => Conversation(e) == "conv-down") >= 3 && c.Any(e => Conversation(e) == "conv-up"));
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 1);

        Assert.Equal(3, calls.Count(e => Conversation(e) == "conv-down"));
        Assert.Equal([201], calls.Where(e => Conversation(e) == "conv-up").Select(Status));
        Assert.Equal(new OutboxCounts(1, 0, 0), kept);
        var logged = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("not delivered", StringComparison.Ordinal));
        Assert.Contains("conv-down", logged.Message, StringComparison.Ordinal);
        Assert.Contains("http_503", logged.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _fake.Dispose();

    /// <summary>A user's message in <paramref name="conversation"/>; the host must take it (200) whatever the Connector does.</summary>
    internal static async Task PostAsync(DrillApp app, BotFrameworkFake fake, string conversation, string text, string user = "29:user-1")
    {
        using var client = app.CreateClient();
        var activity = Activities.Message(fake.ServiceUrl, text);
        activity["conversation"]!["id"] = conversation;
        activity["from"]!["id"] = user;
        activity["id"] = "msg-" + Guid.NewGuid().ToString("N");
        using var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    internal static IOutboxStore Outbox(DrillApp app) => app.Services.GetRequiredService<IOutboxStore>();

    internal static int Status(ILogEntry call) => (int)call.ResponseMessage.StatusCode!;

    /// <summary>The conversation id in <c>/amer/v3/conversations/{id}/activities/…</c>.</summary>
    internal static string? Conversation(ILogEntry call) => call.RequestMessage.Path.Split('/') is { Length: > 4 } parts ? parts[4] : null;

    private static void Fail(BotFrameworkFake fake, string scenario, string state, string next, IResponseBuilder response) =>
        fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1)
            .InScenario(scenario).WhenStateIs(state).WillSetStateTo(next)
            .RespondWith(response);
}
