using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Slack.Dedupe;
using NdrBot.Slack.SocketMode;
using NdrBot.Slack.Tests.Support;
using NdrBot.Tests.Shared.Cards;

namespace NdrBot.Slack.Tests.SocketMode;

public sealed class SocketModeClientTests
{
    private const string MentionEnvelope = """
        {"envelope_id":"env-1","type":"events_api","accepts_response_payload":false,"retry_attempt":0,
         "payload":{"type":"event_callback","event_id":"EvS1","authorizations":[{"user_id":"UBOT","is_bot":true}],
                    "event":{"type":"app_mention","user":"U1","text":"<@UBOT> 5.7.1","ts":"1700.7","channel":"C1"}}}
        """;

    [Fact]
    public async Task SocketMode_HelloEventDisconnect_AcksAnswersAndReconnects()
    {
        var acks = new ConcurrentQueue<JsonObject>();
        var secondConnection = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var slack = await FakeSocketModeServer.StartAsync(async (n, socket) =>
        {
            await FakeSocketModeServer.SendAsync(socket, """{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}""");
            if (n == 1)
            {
                await FakeSocketModeServer.SendAsync(socket, MentionEnvelope);
                acks.Enqueue((await FakeSocketModeServer.ReceiveAsync(socket))!);
                await FakeSocketModeServer.SendAsync(socket, """{"type":"disconnect","reason":"refresh_requested"}""");
                await FakeSocketModeServer.ReceiveAsync(socket);
                return;
            }

            secondConnection.TrySetResult();
            await release.Task;
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        });
        using var services = SocketModeServices(slack);
        var hosted = services.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(CancellationToken.None);
        }

        await secondConnection.Task.WaitAsync(TimeSpan.FromSeconds(15));
        var post = await Eventually.SingleAsync(() => slack.Posts.ToList());
        release.TrySetResult();
        foreach (var service in hosted)
        {
            await service.StopAsync(CancellationToken.None);
        }

        Assert.Equal("env-1", (string?)Assert.Single(acks)["envelope_id"]);
        Assert.Equal(2, slack.Opens);
        Assert.All(slack.AuthorizationHeaders, h => Assert.Equal("Bearer " + SlackServices.AppToken, h));
        Assert.Equal("1700.7", (string?)post["thread_ts"]);
        BlockKitAssert.WithinLimits(post);
    }

    /// <summary>The store is down for one envelope: it is not acknowledged, and the connection (and host) carry on.</summary>
    [Fact]
    public async Task SocketMode_StoreErrorOnOneEnvelope_LeavesItUnacknowledged_AndTheNextIsAcked()
    {
        var acks = new ConcurrentQueue<JsonObject>();
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var slack = await FakeSocketModeServer.StartAsync(async (n, socket) =>
        {
            await FakeSocketModeServer.SendAsync(socket, """{"type":"hello","num_connections":1,"connection_info":{"app_id":"A1"}}""");
            await FakeSocketModeServer.SendAsync(socket, MentionEnvelope);
            await FakeSocketModeServer.SendAsync(socket, MentionEnvelope.Replace("env-1", "env-2", StringComparison.Ordinal).Replace("EvS1", "EvS2", StringComparison.Ordinal));
            acks.Enqueue((await FakeSocketModeServer.ReceiveAsync(socket))!);
            done.TrySetResult();
            await FakeSocketModeServer.ReceiveAsync(socket);
        });
        using var services = SocketModeServices(slack, s => s.AddSingleton<ISlackEventDeduplicator>(new DownForFirstCall()));
        var client = services.GetServices<IHostedService>().Single(s => s is SocketModeClient);

        await client.StartAsync(CancellationToken.None);
        await done.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await client.StopAsync(CancellationToken.None);

        Assert.Equal("env-2", (string?)Assert.Single(acks)["envelope_id"]);
        Assert.Equal(1, slack.Opens);
    }

    /// <summary>Throws like a store that is down on the first call, then remembers ids as the real one does.</summary>
    private sealed class DownForFirstCall : ISlackEventDeduplicator
    {
        private int _calls;

        public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default) =>
            Interlocked.Increment(ref _calls) == 1
                ? throw new InvalidOperationException("store down")
                : ValueTask.FromResult(true);

        public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
    }

    /// <summary>
    /// The waits between reconnects are read off a fake clock (the client waits on it, the test moves it): they
    /// start at FirstRetryDelay, double after each failed connection, stop at MaxRetryDelay, and the client opens a
    /// new connection only once the clock has moved by them.
    /// </summary>
    [Fact]
    public async Task SocketMode_ServerDropsWithoutHello_ReconnectsWithBackoffThatGrowsAndIsBounded()
    {
        await using var slack = await FakeSocketModeServer.StartAsync(async (_, socket) =>
        {
            socket.Abort();
            await Task.CompletedTask;
        });
        var time = new DelayRecordingTime(new FakeTimeProvider());
        using var services = SocketModeServices(slack, s => s.AddSingleton<TimeProvider>(time), new SocketModeOptions
        {
            FirstRetryDelay = TimeSpan.FromSeconds(1),
            MaxRetryDelay = TimeSpan.FromSeconds(4),
        });
        var client = services.GetServices<IHostedService>().Single(s => s is SocketModeClient);

        await client.StartAsync(CancellationToken.None);
        var delays = new List<TimeSpan?>();
        for (var failure = 1; failure <= 5; failure++)
        {
            var delay = await time.WaitForDelayAsync(failure);
            delays.Add(delay);
            Assert.Equal(failure, slack.Opens);
            time.Clock.Advance(delay ?? TimeSpan.Zero);
            await WaitForOpensAsync(slack, failure + 1);
        }

        await client.StopAsync(CancellationToken.None);

        Assert.Equal([1, 2, 4, 4, 4], delays.Select(d => d?.TotalSeconds));
        Assert.True(slack.Opens >= 6);
    }

    private static async Task WaitForOpensAsync(FakeSocketModeServer slack, int count)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (slack.Opens < count && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(10);
        }
    }

    private static ServiceProvider SocketModeServices(FakeSocketModeServer slack, Action<IServiceCollection>? configure = null, SocketModeOptions? options = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:BotToken"] = SlackServices.BotToken,
            ["Slack:AppToken"] = SlackServices.AppToken,
            ["Slack:ApiBaseUrl"] = slack.BaseUrl + "api/",
        };
        return SlackServices.Build(settings, s =>
        {
            configure?.Invoke(s);
            s.AddSingleton(options ?? new SocketModeOptions
            {
                FirstRetryDelay = TimeSpan.FromMilliseconds(50),
                MaxRetryDelay = TimeSpan.FromMilliseconds(200),
            });
        });
    }
}
