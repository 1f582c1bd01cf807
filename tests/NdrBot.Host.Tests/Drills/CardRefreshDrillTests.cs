using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
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

    public void Dispose() => _fake.Dispose();

    private List<WireMock.Logging.ILogEntry> Puts() => [.. _fake.ConnectorCalls.Where(c => c.RequestMessage.Method == "PUT")];
}
