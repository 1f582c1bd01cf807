using NdrBot.Triage.Delivery;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task TryMarkEventSeen_FirstTimeTrue_ThenFalse()
    {
        Assert.True(await Store.TryMarkEventSeenAsync("Ev0123", Time.GetUtcNow()));
        Assert.False(await Store.TryMarkEventSeenAsync("Ev0123", Time.GetUtcNow()));
        Assert.True(await Store.TryMarkEventSeenAsync("Ev0456", Time.GetUtcNow()));
    }

    [Fact]
    public async Task ForgetEvent_ThatIdCanBeMarkedAgain_OthersStaySeen()
    {
        await Store.TryMarkEventSeenAsync("trigger:1.2.3", Time.GetUtcNow());
        await Store.TryMarkEventSeenAsync("trigger:4.5.6", Time.GetUtcNow());

        await Store.ForgetEventAsync("trigger:1.2.3");

        Assert.True(await Store.TryMarkEventSeenAsync("trigger:1.2.3", Time.GetUtcNow()));
        Assert.False(await Store.TryMarkEventSeenAsync("trigger:4.5.6", Time.GetUtcNow()));
    }

    [Fact]
    public async Task TryMarkEventSeen_TenAtOnce_OnlyOneWins()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Task.Run(() => Store.TryMarkEventSeenAsync("Ev-retried", Time.GetUtcNow()))));

        Assert.Single(results, seen => seen);
    }

    [Fact]
    public async Task PurgeSeenEvents_ForgetsOnlyOlderIds()
    {
        await Store.TryMarkEventSeenAsync("old", Time.GetUtcNow());
        Time.Advance(TimeSpan.FromHours(2));
        await Store.TryMarkEventSeenAsync("new", Time.GetUtcNow());

        Assert.Equal(1, await Store.PurgeSeenEventsAsync(Time.GetUtcNow().AddHours(-1)));

        Assert.True(await Store.TryMarkEventSeenAsync("old", Time.GetUtcNow()));
        Assert.False(await Store.TryMarkEventSeenAsync("new", Time.GetUtcNow()));
    }

    [Fact]
    public async Task CardReference_SaveThenGet_RoundTripsAndReplaces()
    {
        var opened = await OpenAsync();
        var teams = new CardReference(opened.Id, "msteams", "19:abc@thread.tacv2", "https://smba.example/emea/", "1712345678901");

        await Store.SaveCardReferenceAsync(teams);
        Assert.Equal(teams, await Store.GetCardReferenceAsync(opened.Id));

        var slack = new CardReference(opened.Id, "slack", "C024BE91L", null, "1712345678.000200");
        await Store.SaveCardReferenceAsync(slack);
        Assert.Equal(slack, await Store.GetCardReferenceAsync(opened.Id));
        Assert.Null(await Store.GetCardReferenceAsync("C-ZZZZ"));
    }

    [Fact]
    public async Task Outbox_DequeuedMessageIsHiddenForTheLease_ThenDueAgainUntilDone()
    {
        var first = await Store.EnqueueOutboxAsync(new OutboxMessage("slack", "C024BE91L", "reply", """{"text":"hi"}"""));
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = await Store.EnqueueOutboxAsync(new OutboxMessage("msteams", "19:abc", "card-update", "{}", "C-ABCD"));

        var batch = await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(1));
        Assert.Equal([first, second], batch.Select(i => i.Id));
        Assert.Equal(new OutboxMessage("msteams", "19:abc", "card-update", "{}", "C-ABCD"), batch[1].Message);
        Assert.All(batch, i => Assert.Equal(1, i.Attempts));
        Assert.Empty(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(1)));

        await Store.MarkOutboxDoneAsync(first);
        Time.Advance(TimeSpan.FromMinutes(2));

        var retry = Assert.Single(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(1)));
        Assert.Equal((second, 2), (retry.Id, retry.Attempts));
    }

    [Fact]
    public async Task Outbox_TwoDrainersAtOnce_NeverTakeTheSameMessage()
    {
        for (var i = 0; i < 10; i++)
        {
            await Store.EnqueueOutboxAsync(new OutboxMessage("slack", "C1", "reply", $"{{\"n\":{i}}}"));
        }

        var batches = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Store.DequeueDueOutboxAsync(6, TimeSpan.FromMinutes(1)))));

        var ids = batches.SelectMany(b => b).Select(i => i.Id).ToList();
        Assert.Equal(10, ids.Count);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
