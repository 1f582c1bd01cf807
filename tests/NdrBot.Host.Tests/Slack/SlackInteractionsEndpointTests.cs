using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Host.Endpoints;
using NdrBot.Tests.Shared;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary><c>POST /slack/interactions</c>: a card button reaches the host's <see cref="IAnswerer.ActAsync"/>.</summary>
public sealed class SlackInteractionsEndpointTests : IDisposable
{
    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task ButtonClick_CallsActAsyncWithTheParsedCardAction_AndAnswersTheClicker()
    {
        var action = new CardAction { Verb = CardVerb.Claim, CaseId = "case-42", Version = 3 };
        var answerer = new RecordingAnswerer(new ActionReply("Claimed case-42."));
        using var app = SlackHostApp.HttpMode(_slack, services => services.Replace(ServiceDescriptor.Singleton<IAnswerer>(answerer)));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick(action.ToSlackValue(), _slack.Hook("btn")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var told = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postEphemeral")));
        var (acted, asker) = Assert.Single(answerer.Actions);
        Assert.Equal(action, acted);
        Assert.Equal(new Asker(ChatChannel.Slack, "T1/U1", "U1", "C1") { Workspace = "T1", FormerUserId = "U1" }, asker);
        Assert.Equal("U1", (string?)told["user"]);
        Assert.Contains("Claimed case-42.", (string?)told["text"], StringComparison.Ordinal);
        Assert.Empty(_slack.Calls("/hooks/btn"));
    }

    [Fact]
    public async Task ButtonClick_WithAnUpdatedCard_ReplacesTheOriginalThroughTheResponseUrl()
    {
        var action = new CardAction { Verb = CardVerb.Resolve, CaseId = "case-7", Version = 1 };
        var answerer = new RecordingAnswerer(new ActionReply("Resolved.", AnswerBuilder.Help()));
        using var app = SlackHostApp.HttpMode(_slack, services => services.Replace(ServiceDescriptor.Singleton<IAnswerer>(answerer)));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick(action.ToSlackValue(), _slack.Hook("btn")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replaced = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/hooks/btn")));
        Assert.True((bool?)replaced["replace_original"]);
        BlockKitAssert.WithinLimits(replaced);
        Assert.Equal(action, Assert.Single(answerer.Actions).Action);
    }

    [Fact]
    public async Task ButtonClick_ResponseUrlOnAnotherHost_IsNeverCalled_TheClickIsAppliedAndAnsweredThroughTheWebApi()
    {
        using var elsewhere = new SlackWebApiFake();
        var action = new CardAction { Verb = CardVerb.Resolve, CaseId = "case-8", Version = 1 };
        var answerer = new RecordingAnswerer(new ActionReply("Resolved.", AnswerBuilder.Help()));
        using var app = SlackHostApp.HttpMode(_slack, services => services.Replace(ServiceDescriptor.Singleton<IAnswerer>(answerer)));
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick(action.ToSlackValue(), elsewhere.Hook("metadata")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var updated = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.update")));
        var told = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postEphemeral")));
        Assert.Equal(action, Assert.Single(answerer.Actions).Action);
        Assert.Equal(("C1", "1700000001.000200"), ((string?)updated["channel"], (string?)updated["ts"]));
        Assert.Contains("Resolved.", (string?)told["text"], StringComparison.Ordinal);
        Assert.Empty(elsewhere.Server.LogEntries);
    }

    [Fact]
    public async Task SlashCommand_ResponseUrlOnAnotherHost_IsNeverCalled_AndTheAnswerIsPostedThroughTheWebApi()
    {
        using var elsewhere = new SlackWebApiFake();
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.CommandsRoute, SlackPayloads.Command("5.4.6", elsewhere.Hook("internal")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var posted = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postMessage")));
        Assert.Equal("C1", (string?)posted["channel"]);
        Assert.Contains("5.4.6", posted.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(elsewhere.Server.LogEntries);
    }

    [Fact]
    public async Task ButtonClick_SignedOverTheDecodedJsonInsteadOfTheRawForm_Is401()
    {
        var answerer = new RecordingAnswerer(new ActionReply("unused"));
        using var app = SlackHostApp.HttpMode(_slack, services => services.Replace(ServiceDescriptor.Singleton<IAnswerer>(answerer)));
        using var client = app.CreateClient();
        var form = SlackPayloads.ButtonClick(new CardAction { Verb = CardVerb.Claim, CaseId = "c1" }.ToSlackValue(), _slack.Hook("btn"));
        using var signedOverJson = SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, Uri.UnescapeDataString(form["payload=".Length..]), SignedSlackRequest.Form);
        var headers = signedOverJson.Headers;
        using var request = SignedSlackRequest.Unsigned(SlackEndpoints.InteractionsRoute, System.Text.Encoding.UTF8.GetBytes(form), SignedSlackRequest.Form);
        foreach (var header in headers)
        {
            request.Headers.Add(header.Key, header.Value);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(answerer.Actions);
    }

    /// <summary>Slack sends user ids only; the card shows the owner's id as a mention, which Slack shows as the person's name.</summary>
    [Fact]
    public async Task ClaimFromASlackCard_TheUpdatedCardNamesTheOwnerAsAMention()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        using var asked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvOwner", "550 5.1.1 <jo@example.com>: user unknown"), SignedSlackRequest.Json));
        var card = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postMessage")));
        var claim = JsonWalk.Objects(card).Single(o => (string?)o["type"] == "button" && (string?)o["action_id"] == "ndrbot.claim");

        using var clicked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.InteractionsRoute, SlackPayloads.ButtonClick((string)claim["value"]!, _slack.Hook("owner")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        var updated = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/hooks/owner")));
        var context = string.Join("\n", JsonWalk.Strings(updated));
        Assert.True(context.Contains("Owner: *<@U1>*", StringComparison.Ordinal), context);
        Assert.DoesNotContain("&lt;@U1&gt;", context, StringComparison.Ordinal);
    }

    public void Dispose() => _slack.Dispose();
}
