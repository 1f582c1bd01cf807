using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Drills;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;
using NdrBot.Tests.Shared;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary>Slack answers through the host's one answerer: its cases know their thread and where their card is.</summary>
public sealed class SlackCaseTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task MentionInAChannel_OpensACaseInTheMentionsThread_AndRecordsWhereItsCardIs()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var asked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvThread", "550 5.1.1 <jo@example.com>: user unknown", ts: "1700000000.000777"), SignedSlackRequest.Json));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var card = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postMessage")));
        var claim = JsonWalk.Objects(card).Single(o => (string?)o["action_id"] == "ndrbot.claim");
        var caseId = NdrBot.Cards.Model.CardAction.TryParseSlackValue((string?)claim["value"], out var action) ? action.CaseId : null;
        var stored = await app.Services.GetRequiredService<ICaseStore>().GetAsync(caseId!);
        Assert.Equal("1700000000.000777", stored!.ThreadId);
        var references = app.Services.GetRequiredService<ICardReferenceStore>();
        var reference = await Eventually.WaitAsync<CardReference?>(() => references.GetCardReferenceAsync(caseId!), r => r is not null);
        Assert.Equal(new CardReference(caseId!, "slack", "C1", null, SlackWebApiFake.PostedTs), reference);
    }

    public void Dispose() => _slack.Dispose();
}
