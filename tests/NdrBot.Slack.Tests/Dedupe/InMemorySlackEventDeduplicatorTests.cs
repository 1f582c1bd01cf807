using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Dedupe;

namespace NdrBot.Slack.Tests.Dedupe;

public sealed class InMemorySlackEventDeduplicatorTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task TryMarkSeen_SameIdTwice_FirstTrueThenFalse()
    {
        var dedupe = Create();

        Assert.True(await dedupe.TryMarkSeenAsync("Ev1"));
        Assert.False(await dedupe.TryMarkSeenAsync("Ev1"));
        Assert.True(await dedupe.TryMarkSeenAsync("Ev2"));
    }

    [Fact]
    public async Task TryMarkSeen_AfterTheWindow_IsNewAgain()
    {
        var dedupe = Create();
        await dedupe.TryMarkSeenAsync("Ev1");

        _time.Advance(TimeSpan.FromMinutes(59));
        Assert.False(await dedupe.TryMarkSeenAsync("Ev1"));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.True(await dedupe.TryMarkSeenAsync("Ev1"));
    }

    [Fact]
    public async Task TryMarkSeen_OverCapacity_ForgetsTheOldest()
    {
        var dedupe = Create(capacity: 2);
        await dedupe.TryMarkSeenAsync("Ev1");
        await dedupe.TryMarkSeenAsync("Ev2");
        await dedupe.TryMarkSeenAsync("Ev3");

        Assert.False(await dedupe.TryMarkSeenAsync("Ev3"));
        Assert.False(await dedupe.TryMarkSeenAsync("Ev2"));
        Assert.True(await dedupe.TryMarkSeenAsync("Ev1"));
    }

    private InMemorySlackEventDeduplicator Create(int capacity = 100) =>
        new(Options.Create(new SlackOptions { DedupeCapacity = capacity, DedupeWindow = TimeSpan.FromHours(1) }), _time);
}
