using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Slack;
using NdrBot.Host.Tests.Support;
using NdrBot.Slack.Signing;
using NdrBot.Triage;
using NdrBot.Triage.Cases;
using Npgsql;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Triage;

/// <summary>
/// Two NdrBot replicas sharing one PostgreSQL (a schema of its own per test, in the database named by
/// <c>NDRBOT_TEST_POSTGRES</c>) behave as one. A missing PostgreSQL fails the test, never skips it.
/// </summary>
public sealed class ScaleOutTests : IAsyncLifetime, IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly string _schema = "h_" + Guid.NewGuid().ToString("N");
    private string _admin = "";

    public async Task InitializeAsync()
    {
        _admin = Environment.GetEnvironmentVariable(TestDatabases.PostgresVariable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{TestDatabases.PostgresVariable} is not set: the scale-out test needs a real PostgreSQL. Run ./test.sh (it starts one) " +
                $"or set {TestDatabases.PostgresVariable}=\"Host=127.0.0.1;Port=5432;Username=ndrbot;Password=ndrbot;Database=ndrbot_test\".");
        await ExecuteAsync($"CREATE SCHEMA \"{_schema}\"");
    }

    [Fact]
    public async Task ConcurrentClaims_ThroughTwoReplicas_EndWithOneOwner()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        var clientA = replicaA.CreateClient();
        var clientB = replicaB.CreateClient();
        var channel = new TeamsChannel(_fake);
        var card = TeamsChannel.CardOf(await channel.SayAsync(clientA, "Alex Wilber", "550 5.1.1 for jhon@example.com"));
        var claim = TeamsChannel.ActionOf(card, CardVerb.Claim);
        var answererA = replicaA.Services.GetRequiredService<NdrBot.Cards.IAnswerer>();
        var answererB = replicaB.Services.GetRequiredService<NdrBot.Cards.IAnswerer>();

        var replies = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
            await (i % 2 == 0 ? answererA : answererB).ActAsync(claim, new Asker(ChatChannel.Teams, $"29:u{i}", $"User {i}", "19:triage@thread.tacv2") { Workspace = "tenant-1" }))));

        var store = replicaB.Services.GetRequiredService<ICaseStore>();
        var final = await store.GetAsync(claim.CaseId);
        Assert.NotNull(final!.Owner);
        Assert.Equal(2, final.Version);
        Assert.Single(replies, r => r.Message.StartsWith("You have case", StringComparison.Ordinal));
        Assert.All(replies, r => Assert.Equal("reply-1", r.Card?.MessageId));
        var history = await store.HistoryAsync(claim.CaseId);
        Assert.Equal(1, history.Count(e => e.Verb == CaseVerb.Claimed));
        Assert.Equal(21, history.Count);
    }

    [Fact]
    public async Task CaseOpenedOnOneReplica_IsListedAndActedOnThroughTheOther()
    {
        using var replicaA = Replica();
        using var replicaB = Replica();
        var channel = new TeamsChannel(_fake);
        var card = TeamsChannel.CardOf(await channel.SayAsync(replicaA.CreateClient(), "Alex Wilber", "550 5.1.1 for jhon@example.com"));

        var (put, reply) = await channel.ClickAsync(replicaB.CreateClient(), "Bob Lee", card, CardVerb.Claim);
        var cases = TeamsChannel.CardOf(await channel.SayAsync(replicaA.CreateClient(), "Alex Wilber", "cases")).ToJsonString();

        Assert.Contains("You have case", reply, StringComparison.Ordinal);
        Assert.Equal("PUT", put!.RequestMessage.Method);
        Assert.Contains("owner Bob Lee", cases, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetriedSlackEvent_DeliveredToBothReplicas_IsAnsweredOnce()
    {
        using var slack = new SlackWebApiFake();
        using var replicaA = SlackReplica(slack);
        using var replicaB = SlackReplica(slack);
        var body = SlackPayloads.AppMention("EvScaleOut", "550 5.1.1");

        // Slack retries an event it thinks was missed; a load balancer may send each try to another replica.
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var request = SignedSlackRequest.Create(SlackEndpoints.EventsRoute, body, SignedSlackRequest.Json);
            if (attempt > 0)
            {
                request.Headers.Add(SlackSignatureHeaders.RetryNum, attempt.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            using var response = await (attempt % 2 == 0 ? replicaA : replicaB).CreateClient().SendAsync(request);
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }

        // A different event afterwards, through each replica, proves both replicas' workers ran past the retries.
        using var sentinelA = await replicaA.CreateClient().SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvA", "421", channel: "CA"), SignedSlackRequest.Json));
        using var sentinelB = await replicaB.CreateClient().SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvB", "421", channel: "CB"), SignedSlackRequest.Json));
        var posts = (await slack.WaitForCallsAsync("/api/chat.postMessage", count: 3)).Select(SlackWebApiFake.Body).ToList();

        Assert.Single(posts, p => (string?)p["channel"] == "C1");
        Assert.Single(posts, p => (string?)p["channel"] == "CA");
        Assert.Single(posts, p => (string?)p["channel"] == "CB");
    }

    public void Dispose() => _fake.Dispose();

    public async Task DisposeAsync()
    {
        if (_admin.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync($"DROP SCHEMA IF EXISTS \"{_schema}\" CASCADE");
        }
    }

    private NdrBotApp Replica() => new(new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString,
    });

    private SlackHostApp SlackReplica(SlackWebApiFake slack) => new(new Dictionary<string, string?>(SlackHostApp.Settings(slack))
    {
        ["Storage:Provider"] = "postgres",
        ["Storage:ConnectionString"] = new NpgsqlConnectionStringBuilder(_admin) { SearchPath = _schema }.ConnectionString,
    });

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
