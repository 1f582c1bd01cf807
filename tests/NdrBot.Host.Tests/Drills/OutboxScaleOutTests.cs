using Microsoft.Extensions.DependencyInjection;
using NdrBot.Host.Tests.Support;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;
using NdrBot.Teams.Replies;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;
using Npgsql;
using static NdrBot.Host.Tests.Drills.ConnectorFailureTests;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Two replicas drain one outbox in PostgreSQL (a schema of its own, in the database named by
/// <c>NDRBOT_TEST_POSTGRES</c>): every kept reply is sent exactly once. A missing PostgreSQL fails the test.
/// </summary>
public sealed class OutboxScaleOutTests : IAsyncLifetime, IDisposable
{
    private const int Replies = 40;

    private readonly BotFrameworkFake _fake = new();
    private readonly string _schema = "d_" + Guid.NewGuid().ToString("N");
    private string _admin = "";

    public async Task InitializeAsync()
    {
        _admin = PostgresForTests.ConnectionString();
        await PostgresForTests.ExecuteAsync(_admin, $"CREATE SCHEMA \"{_schema}\"");
    }

    [Fact]
    public async Task KeptReplies_DrainedByTwoReplicasAtOnce_AreEachDeliveredOnce()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        var outbox = replicaA.Services.GetRequiredService<IOutboxStore>();
        _ = replicaB.Services.GetRequiredService<IOutboxStore>();
        for (var i = 0; i < Replies; i++)
        {
            var reply = new PendingReply(_fake.ServiceUrl, new OutgoingActivity
            {
                Type = ActivityTypes.Message,
                Conversation = new ConversationAccount($"conv-{i}"),
                Text = $"reply {i}",
            });
            await outbox.EnqueueOutboxAsync(new OutboxMessage("msteams", reply.ConversationId, PendingReply.Kind, reply.ToJson()));
        }

        var final = await Eventually.WaitAsync(() => outbox.CountOutboxAsync(), c => c.Delivered == Replies);

        Assert.Equal(new OutboxCounts(0, Replies, 0), final);
        var conversations = _fake.ConnectorCalls.Select(Conversation).ToList();
        Assert.Empty(conversations.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Equal(Replies, conversations.Count);
        Assert.Equal(Enumerable.Range(0, Replies).Select(i => $"conv-{i}").Order(), conversations.Order());
        var logs = replicaA.Logs.Entries.Concat(replicaB.Logs.Entries).Where(e => e.Message.StartsWith("Outbox ", StringComparison.Ordinal) && e.Message.Contains("delivered", StringComparison.Ordinal)).ToList();
        Assert.Equal(Replies, logs.Count);
    }

    public void Dispose() => _fake.Dispose();

    public async Task DisposeAsync()
    {
        if (_admin.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresForTests.ExecuteAsync(_admin, $"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
    }

    private DrillApp Replica() => new(new Dictionary<string, string?>(DrillApp.FastSettings())
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString,
        ["Outbox:BatchSize"] = "3",
        ["Outbox:PollInterval"] = "00:00:00.020",
    });
}
