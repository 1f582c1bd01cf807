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

    /// <summary>Issue 14: a Slack case belongs to its team and channel; a person is their team and user id.</summary>
    [Fact]
    public async Task CaseCommand_FromAnotherChannelOrTeam_IsMissing_AndTheOwnerIsRecordedByTeamAndUser()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        using var asked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvScope", "550 5.1.1 <jo@example.com>: user unknown"), SignedSlackRequest.Json));
        var card = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postMessage")));
        var claim = JsonWalk.Objects(card).Single(o => (string?)o["action_id"] == "ndrbot.claim");
        Assert.True(NdrBot.Cards.Model.CardAction.TryParseSlackValue((string?)claim["value"], out var action));
        var store = app.Services.GetRequiredService<ICaseStore>();
        var code = (await store.GetAsync(action.CaseId))!.Code;

        var fromC2 = await CommandAsync(client, "case " + code, "T1", "C2", "t-1");
        var fromT2 = await CommandAsync(client, "case " + code, "T2", "C1", "t-2");
        var here = await CommandAsync(client, "case " + code, "T1", "C1", "t-3");
        using var clicked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick((string)claim["value"]!, _slack.Hook("claim")), SignedSlackRequest.Form));
        await _slack.WaitForCallsAsync("/hooks/claim");

        Assert.Contains("There is no case " + code, fromC2, StringComparison.Ordinal);
        Assert.Contains("There is no case " + code, fromT2, StringComparison.Ordinal);
        Assert.DoesNotContain("There is no case", here, StringComparison.Ordinal);
        Assert.Contains("User unknown", here, StringComparison.Ordinal);
        var owned = await store.GetAsync(action.CaseId);
        Assert.Equal(("slack:T1/C1", "T1/U1", "U1"), (owned!.Conversation, owned.Owner, owned.OwnerName));
    }

    private async Task<string> CommandAsync(HttpClient client, string text, string team, string channel, string trigger)
    {
        var hook = _slack.Hook("cmd-" + trigger);
        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.CommandsRoute, SlackPayloads.Command(text, hook, team, channel, trigger), SignedSlackRequest.Form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return string.Join("\n", JsonWalk.Strings(SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync(hook.AbsolutePath)))));
    }

    public void Dispose() => _slack.Dispose();
}
