using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using static NdrBot.Host.Tests.Drills.ConnectorFailureTests;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// Issue 9, failure drills: a reply that finally fails is kept in the outbox and sent when the Connector is back,
/// once; one that keeps failing is given up (dead, logged); and the user who asks again is answered.
/// </summary>
public sealed class OutboxDrillTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly Guid _outage = Guid.NewGuid();

    [Fact]
    public async Task ConnectorDown_ReplyGoesToTheOutbox_ThenIsDeliveredOnceWhenItIsBack()
    {
        using var app = new DrillApp(DrillApp.FastSettings());
        ConnectorDown();

        await PostAsync(app, _fake, "conv-outage", "550 5.1.1 for jo@example.com");
        var kept = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 1);
        Assert.Equal(new OutboxCounts(1, 0, 0), kept);

        ConnectorBack();
        var after = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Delivered == 1);

        Assert.Equal(new OutboxCounts(0, 1, 0), after);
        var delivered = Assert.Single(_fake.ConnectorCalls, c => Status(c) == 201);
        var card = TeamsChannel.CardOf(TeamsChannel.Body(delivered));
        Assert.Contains("5.1.1", card.ToJsonString(), StringComparison.Ordinal);
        Assert.All(_fake.ConnectorCalls, c => Assert.Equal(delivered.RequestMessage.Body, c.RequestMessage.Body));

        // The card sent from the outbox is the one later case actions update in place.
        var caseId = TeamsChannel.ActionOf(card, NdrBot.Cards.Model.CardVerb.Claim).CaseId;
        var reference = await app.Services.GetRequiredService<ICardReferenceStore>().GetCardReferenceAsync(caseId);
        Assert.Equal(("conv-outage", "reply-1"), (reference?.ConversationId, reference?.MessageId));
    }

    [Fact]
    public async Task ConnectorNeverBack_ReplyIsMarkedDeadAfterMaxAttempts_AndLogged()
    {
        using var app = new DrillApp(DrillApp.FastSettings(retries: 1));
        ConnectorDown();

        await PostAsync(app, _fake, "conv-gone", "5.4.6");
        var final = await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Dead == 1);

        Assert.Equal(new OutboxCounts(0, 0, 1), final);

        // One live attempt with one retry, then three outbox attempts with one retry each.
        Assert.Equal(8, _fake.ConnectorCalls.Count);
        var dead = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("is dead", StringComparison.Ordinal));
        Assert.Contains("conv-gone", dead.Message, StringComparison.Ordinal);
        Assert.Contains("is dead after 3 attempts: http_503", dead.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterAFailedReply_TheSameUserAskingAgain_IsAnsweredNormally()
    {
        using var app = new DrillApp(DrillApp.OutboxIdle());
        ConnectorDown();
        await PostAsync(app, _fake, "conv-again", "550 5.1.1 for jo@example.com", user: "29:alex");
        await Eventually.WaitAsync(() => Outbox(app).CountOutboxAsync(), c => c.Pending == 1);
        var failedCalls = _fake.ConnectorCalls.Count;

        ConnectorBack();
        await PostAsync(app, _fake, "conv-again", "550 5.1.1 for jo@example.com", user: "29:alex");

        var calls = await _fake.WaitForConnectorCallsAsync(failedCalls + 1);
        var answer = calls[failedCalls];
        Assert.Equal(201, Status(answer));
        Assert.Equal("conv-again", Conversation(answer));
        var card = TeamsChannel.CardOf(TeamsChannel.Body(answer));
        Assert.Contains("5.1.1", card.ToJsonString(), StringComparison.Ordinal);
        Assert.NotNull(TeamsChannel.ActionOf(card, NdrBot.Cards.Model.CardVerb.Claim).CaseId);

        // The lost reply still waits in the outbox for the worker; asking again did not disturb it.
        Assert.Equal(new OutboxCounts(1, 0, 0), await Outbox(app).CountOutboxAsync());
    }

    public void Dispose() => _fake.Dispose();

    private void ConnectorDown() =>
        _fake.Server.Given(Request.Create().WithPath("/amer/v3/*").UsingPost()).AtPriority(1).WithGuid(_outage)
            .RespondWith(Response.Create().WithStatusCode(503));

    private void ConnectorBack() => _fake.Server.DeleteMapping(_outage);
}
