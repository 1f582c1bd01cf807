using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Slack;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared;
using NdrBot.Tests.Shared.Slack;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static NdrBot.Host.Tests.Drills.ConnectorFailureTests;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 9, failure drills for card updates: when the Connector keeps refusing the PUT that shows a case's new state,
/// the update is kept in the outbox and put later, with the case as it is then (never an older state).
/// </summary>
public sealed class CardRefreshDrillTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly Guid _putsDown = Guid.NewGuid();

    [Fact]
    public async Task CardUpdatesRefused_AreKept_ThenPutWithTheCasesCurrentState()
    {
        using var app = new DrillApp(DrillApp.OutboxIdle());
        var channel = new TeamsChannel(_fake);
        using var client = app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "550 5.1.1 <jo@example.com>: Recipient address rejected: User unknown"));
        var caseId = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPut()).AtPriority(1).WithGuid(_putsDown)
            .RespondWith(Response.Create().WithStatusCode(503));

        var (_, claimReply) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
        var version = TeamsChannel.ActionOf(card, CardVerb.Claim).Version + 1;
        var note = new CardAction { Verb = CardVerb.Note, CaseId = caseId, Version = version, Note = "asked for the right address" };
        var (_, noteReply) = await channel.SubmitAsync(client, "Bob Lee", note);
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 2);

        Assert.Contains("You have case", claimReply, StringComparison.Ordinal);
        Assert.Contains("Note added", noteReply, StringComparison.Ordinal);
        Assert.Equal(new OutboxCounts(2, 0, 0), kept);

        _fake.Server.DeleteMapping(_putsDown);
        var putsBefore = Puts().Count;
        var worker = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<NdrBot.Host.Delivery.OutboxWorker>().Single();
        Assert.Equal(2, await worker.RoundAsync(CancellationToken.None));

        Assert.Equal(new OutboxCounts(0, 2, 0), await Outbox(app).CountOutboxAsync());
        var late = Puts().Skip(putsBefore).ToList();
        Assert.Equal(2, late.Count);
        Assert.All(late, put =>
        {
            Assert.InRange(Status(put), 200, 299);
            var shown = TeamsChannel.CardOf(TeamsChannel.Body(put)).ToJsonString();
            Assert.Contains("Alex Wilber", shown, StringComparison.Ordinal);
            Assert.Contains("asked for the right address", shown, StringComparison.Ordinal);
        });
    }

    /// <summary>Slack: the button's response_url keeps failing; the card on the channel message is refreshed later with chat.update.</summary>
    [Fact]
    public async Task SlackCardReplaceRefused_IsKept_ThenChatUpdateCarriesTheCurrentCard()
    {
        using var slack = new SlackWebApiFake();
        var settings = new Dictionary<string, string?>(DrillApp.OutboxIdle());
        foreach (var (key, value) in SlackHostApp.Settings(slack))
        {
            settings[key] = value;
        }

        using var app = new SlackHostApp(settings);
        using var client = app.CreateClient();
        using var asked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvRefresh", "550 5.1.1 <jo@example.com>: user unknown"), SignedSlackRequest.Json));
        var card = SlackWebApiFake.Body(Assert.Single(await slack.WaitForCallsAsync("/api/chat.postMessage")));
        var claim = JsonWalk.Objects(card).Single(o => (string?)o["type"] == "button" && (string?)o["action_id"] == "ndrbot.claim");
        slack.Server.Given(Request.Create().WithPath("/hooks/down").UsingPost()).AtPriority(1).RespondWith(Response.Create().WithStatusCode(503));

        using var clicked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick((string)claim["value"]!, slack.Hook("down")), SignedSlackRequest.Form));
        var kept = await Eventually.WaitAsync(() => app.Services.GetRequiredService<IOutboxStore>().CountOutboxAsync(), c => c.Pending == 1);
        var worker = app.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<NdrBot.Host.Delivery.OutboxWorker>().Single();
        var taken = await worker.RoundAsync(CancellationToken.None);

        Assert.Equal(System.Net.HttpStatusCode.OK, clicked.StatusCode);
        Assert.Equal(new OutboxCounts(1, 0, 0), kept);
        Assert.Equal(1, taken);
        var update = SlackWebApiFake.Body(Assert.Single(slack.Calls("/api/chat.update")));
        Assert.Equal(("C1", SlackWebApiFake.PostedTs), ((string?)update["channel"], (string?)update["ts"]));
        Assert.Contains("Owner: *<@U1>*", string.Join("\n", JsonWalk.Strings(update)), StringComparison.Ordinal);
        Assert.Equal(new OutboxCounts(0, 1, 0), await app.Services.GetRequiredService<IOutboxStore>().CountOutboxAsync());
    }

    public void Dispose() => _fake.Dispose();

    private List<WireMock.Logging.ILogEntry> Puts() => [.. _fake.ConnectorCalls.Where(c => c.RequestMessage.Method == "PUT")];
}
