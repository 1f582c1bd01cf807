using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Slack;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Dedupe;
using NdrBot.Triage;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary>Durable dedupe: with the triage store registered, Slack event ids are remembered there.</summary>
public sealed class StoreBackedSlackDeduplicatorTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task SeenEventStoreRegistered_SameEventThreeTimes_OnePost_AndTheStoreDecides()
    {
        var store = new RecordingSeenEventStore();
        using var app = SlackHostApp.HttpMode(_slack, services => services.AddSingleton<ISeenEventStore>(store));
        using var client = app.CreateClient();
        var body = SlackPayloads.AppMention("EvStored", "550 5.1.1");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using var sentinel = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvOther", "421", channel: "C2"), SignedSlackRequest.Json));
        var posts = (await _slack.WaitForCallsAsync("/api/chat.postMessage", count: 2)).Select(SlackWebApiFake.Body).ToList();
        Assert.Single(posts, p => (string?)p["channel"] == "C1");
        Assert.IsType<StoreBackedSlackDeduplicator>(app.Services.GetRequiredService<ISlackEventDeduplicator>());
        Assert.Equal(["EvStored", "EvStored", "EvStored", "EvOther"], store.Marked);
    }

    [Fact]
    public async Task TryMarkSeen_PurgesIdsOlderThanTheWindow_AtMostOncePerPurgeInterval()
    {
        var store = new RecordingSeenEventStore();
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var dedupe = new StoreBackedSlackDeduplicator(store, Options.Create(new SlackOptions { DedupeWindow = TimeSpan.FromHours(1) }), time);

        Assert.True(await dedupe.TryMarkSeenAsync("Ev1"));
        Assert.False(await dedupe.TryMarkSeenAsync("Ev1"));
        time.Advance(TimeSpan.FromHours(2));

        Assert.True(await dedupe.TryMarkSeenAsync("Ev2"));
        Assert.True(await dedupe.TryMarkSeenAsync("Ev1"));
    }

    public void Dispose() => _slack.Dispose();
}
