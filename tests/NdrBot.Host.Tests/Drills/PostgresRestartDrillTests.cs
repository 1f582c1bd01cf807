using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;
using Xunit.Abstractions;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 9, PostgreSQL restart drill, on a private server (stopping the shared one would break tests running
/// beside this one): while the database is down <c>/readyz</c> says 503; once it is back the host recovers by
/// itself, is ready again, and answers and stores a message.
/// </summary>
public sealed class PostgresRestartDrillTests(ITestOutputHelper output) : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly PrivatePostgres _postgres = PrivatePostgres.Create();

    [Fact]
    public async Task DatabaseStoppedAndStartedUnderTheHost_ReadyzGoesNotReady_ThenRecoversByItself_AndAnswersAgain()
    {
        // Note: the outbox worker idles, so nothing but the drill's own requests touches the connection pool.
        using var app = new DrillApp(new Dictionary<string, string?>(DrillApp.OutboxIdle())
        {
            ["Storage:Provider"] = "postgres",
            ["Storage:ConnectionString"] = _postgres.ConnectionString,
        });
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));
        await AnsweredAndStoredAsync(app, client, "before");

        for (var restart = 1; restart <= 2; restart++)
        {
            _postgres.Stop();
            var down = await Eventually.WaitAsync(() => ReadyAsync(client), s => s == HttpStatusCode.ServiceUnavailable);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down);
            using (var body = await client.GetAsync(new Uri("/readyz", UriKind.Relative)))
            {
                Assert.False((bool?)JsonNode.Parse(await body.Content.ReadAsStringAsync())!["checks"]!["store"]);
            }

            _postgres.Start();
            var started = TimeProvider.System.GetTimestamp();
            var up = await Eventually.WaitAsync(() => ReadyAsync(client), s => s == HttpStatusCode.OK, timeoutSeconds: 60);
            Assert.Equal(HttpStatusCode.OK, up);
            output.WriteLine($"restart {restart}: /readyz 503 while down, 200 again {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s after the server was back (contended machine)");
            await AnsweredAndStoredAsync(app, client, $"after-{restart}");
        }

        // A quick restart that no readiness probe sees: the pooled connections all point at the old server.
        _postgres.Stop();
        _postgres.Start();
        await AnsweredAndStoredAsync(app, client, "after-quick-restart");
        Assert.Equal(HttpStatusCode.OK, await ReadyAsync(client));
    }

    public void Dispose()
    {
        _fake.Dispose();
        _postgres.Dispose();
    }

    private static async Task<HttpStatusCode> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/readyz", UriKind.Relative));
        return response.StatusCode;
    }

    /// <summary>A bounce in a fresh conversation gets its card, and the case behind the card is in PostgreSQL.</summary>
    private async Task AnsweredAndStoredAsync(DrillApp app, HttpClient client, string conversation)
    {
        var before = _fake.ConnectorCalls.Count;
        var activity = Activities.Message(_fake.ServiceUrl, "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown", "channel");
        activity["conversation"]!["id"] = conversation;
        using (var response = await client.SendAsync(Activities.Post(activity)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var calls = await _fake.WaitForConnectorCallsAsync(before + 1, timeoutSeconds: 30);
        var reply = Assert.Single(calls.Skip(before));
        Assert.Equal(201, (int)reply.ResponseMessage.StatusCode!);
        var caseId = TeamsChannel.ActionOf(TeamsChannel.CardOf(TeamsChannel.Body(reply)), CardVerb.Claim).CaseId;
        var stored = await app.Services.GetRequiredService<ICaseStore>().GetAsync(caseId);
        Assert.Equal($"msteams:tenant-1/{conversation}", stored?.Conversation);

        // The reply worker saves where the card went right after posting it; the drill must not stop the server under that.
        var references = app.Services.GetRequiredService<ICardReferenceStore>();
        Assert.NotNull(await Eventually.WaitAsync<NdrBot.Triage.Delivery.CardReference?>(() => references.GetCardReferenceAsync(caseId), r => r is not null));
    }
}
