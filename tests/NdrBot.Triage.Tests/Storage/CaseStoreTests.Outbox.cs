using NdrBot.Triage.Delivery;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task Outbox_Rescheduled_IsHiddenUntilTheBackoffEnds_AndKeepsCountingAttempts()
    {
        var id = await Store.EnqueueOutboxAsync(new OutboxMessage("msteams", "19:abc", "reply", "{}"));
        var first = Assert.Single(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(5)));

        await Store.RescheduleOutboxAsync(id, Time.GetUtcNow().AddSeconds(30), "http_503");

        Time.Advance(TimeSpan.FromSeconds(29));
        Assert.Empty(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(5)));
        Time.Advance(TimeSpan.FromSeconds(1));
        var second = Assert.Single(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromMinutes(5)));
        Assert.Equal((1, 2), (first.Attempts, second.Attempts));
        Assert.Equal(new OutboxCounts(Pending: 1, Delivered: 0, Dead: 0), await Store.CountOutboxAsync());
    }

    [Fact]
    public async Task Outbox_MarkedDead_IsNeverDueAgain_AndCountsAsDead()
    {
        var dead = await Store.EnqueueOutboxAsync(new OutboxMessage("slack", "C1", "reply", "{}"));
        var done = await Store.EnqueueOutboxAsync(new OutboxMessage("slack", "C2", "reply", "{}"));
        await Store.EnqueueOutboxAsync(new OutboxMessage("slack", "C3", "reply", "{}"));
        await Store.DequeueDueOutboxAsync(2, TimeSpan.FromSeconds(10));

        await Store.MarkOutboxDeadAsync(dead, "gave up after 8 attempts: http_503");
        await Store.MarkOutboxDoneAsync(done);
        Time.Advance(TimeSpan.FromHours(1));

        var left = Assert.Single(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromSeconds(10)));
        Assert.Equal("C3", left.Message.ConversationId);
        Assert.Equal(new OutboxCounts(Pending: 1, Delivered: 1, Dead: 1), await Store.CountOutboxAsync());
    }

    [Fact]
    public async Task Outbox_RescheduleAfterDone_DoesNotBringTheMessageBack()
    {
        var id = await Store.EnqueueOutboxAsync(new OutboxMessage("msteams", "19:abc", "reply", "{}"));
        await Store.DequeueDueOutboxAsync(1, TimeSpan.FromSeconds(10));
        await Store.MarkOutboxDoneAsync(id);

        // Note: a replica whose lease ran out may report a late failure for a message another replica delivered.
        await Store.RescheduleOutboxAsync(id, Time.GetUtcNow(), "timeout");
        await Store.MarkOutboxDeadAsync(id, "timeout");

        Assert.Empty(await Store.DequeueDueOutboxAsync(10, TimeSpan.FromSeconds(10)));
        Assert.Equal(new OutboxCounts(Pending: 0, Delivered: 1, Dead: 0), await Store.CountOutboxAsync());
    }
}
