using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NdrBot.Cards;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Queue;
using NdrBot.Slack.Tests.Support;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Slack.Tests.Inbound;

public sealed class SlackRequestHandlerTests : IDisposable
{
    private const string Mention = """
        {"type":"event_callback","event_id":"Ev42","team_id":"T1","authorizations":[{"user_id":"UBOT","is_bot":true}],
         "event":{"type":"app_mention","user":"U1","text":"<@UBOT> 550 5.1.1","ts":"1700.0042","channel":"C1"}}
        """;

    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task HandleEvent_SameEventThreeTimes_QueuesOnce()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl));
        var handler = services.GetRequiredService<SlackRequestHandler>();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(SlackAck.Empty, await handler.HandleEventAsync(Mention));
        }

        Assert.Equal(1, services.GetRequiredService<SlackWorkBacklog>().Count);
    }

    /// <summary>An ack promises the click is kept: it is carried out before the handler returns, not by the worker.</summary>
    [Fact]
    public async Task HandleInteraction_ButtonClick_IsAppliedBeforeTheAck_AndTheQueuedWorkCarriesTheResult()
    {
        var answerer = new CountingAnswerer();
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));
        var handler = services.GetRequiredService<SlackRequestHandler>();
        var click = new CardAction { Verb = CardVerb.Claim, CaseId = "case-5", Version = 1 };
        var payload = ClickPayload(click, "9.8.7");

        var ack = await handler.HandleInteractionAsync("payload=" + Uri.EscapeDataString(payload.ToJsonString()));

        Assert.Equal(SlackAck.Empty, ack);
        Assert.Equal([click], answerer.Applied);
        var queued = await FirstQueuedAsync(services.GetRequiredService<SlackWorkBacklog>());
        var request = Assert.IsType<SlackCardActionRequest>(queued);
        Assert.Equal("Claimed case-5.", request.Applied?.Reply.Message);
    }

    /// <summary>The queue is full: the click is still kept, and the ack does not say "busy" (a second click would be stale).</summary>
    [Fact]
    public async Task HandleInteraction_QueueFull_TheClickIsAppliedAndTheAckIsNotBusy()
    {
        var answerer = new CountingAnswerer();
        var settings = SlackServices.Settings(_slack.ApiBaseUrl);
        settings["Slack:QueueCapacity"] = "1";
        using var services = SlackServices.Build(settings, s => s.AddSingleton<IAnswerer>(answerer));
        var handler = services.GetRequiredService<SlackRequestHandler>();
        var first = new CardAction { Verb = CardVerb.Claim, CaseId = "case-5", Version = 1 };
        var second = new CardAction { Verb = CardVerb.Claim, CaseId = "case-6", Version = 1 };

        await handler.HandleInteractionAsync("payload=" + Uri.EscapeDataString(ClickPayload(first, "1.1.1").ToJsonString()));
        var ack = await handler.HandleInteractionAsync("payload=" + Uri.EscapeDataString(ClickPayload(second, "2.2.2").ToJsonString()));

        Assert.Equal(SlackAck.Empty, ack);
        Assert.Equal([first, second], answerer.Applied);
        Assert.Equal(1, services.GetRequiredService<SlackWorkBacklog>().Count);
    }

    /// <summary>The click could not be applied (store error): the same request sent again is carried out, not taken for a replay.</summary>
    [Fact]
    public async Task HandleInteraction_ApplyFails_TheSameRequestAgainIsApplied()
    {
        var answerer = new CountingAnswerer { FailFirst = true };
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));
        var handler = services.GetRequiredService<SlackRequestHandler>();
        var click = new CardAction { Verb = CardVerb.Claim, CaseId = "case-5", Version = 1 };
        var form = "payload=" + Uri.EscapeDataString(ClickPayload(click, "3.3.3").ToJsonString());

        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.HandleInteractionAsync(form));
        var again = await handler.HandleInteractionAsync(form);
        var replay = await handler.HandleInteractionAsync(form);

        Assert.Equal((SlackAck.Empty, SlackAck.Empty), (again, replay));
        Assert.Equal([click], answerer.Applied);
        Assert.Equal(1, services.GetRequiredService<SlackWorkBacklog>().Count);
    }

    private static JsonObject ClickPayload(CardAction click, string triggerId) => new()
    {
        ["type"] = "block_actions",
        ["trigger_id"] = triggerId,
        ["user"] = new JsonObject { ["id"] = "U1" },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700.0001", ["channel_id"] = "C1" },
        ["actions"] = new JsonArray(new JsonObject { ["type"] = "button", ["action_id"] = "ndrbot.claim", ["value"] = click.ToSlackValue() }),
    };

    private static async Task<SlackInbound> FirstQueuedAsync(SlackWorkBacklog backlog)
    {
        await foreach (var item in backlog.ReadAllAsync(CancellationToken.None))
        {
            return item;
        }

        throw new InvalidOperationException("the queue closed");
    }

    private sealed class CountingAnswerer : IAnswerer
    {
        public List<CardAction> Applied { get; } = [];

        public bool FailFirst { get; set; }

        public ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not asked here");

        public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
        {
            if (FailFirst)
            {
                FailFirst = false;
                throw new InvalidOperationException("store down");
            }

            Applied.Add(action);
            return ValueTask.FromResult(new ActionReply($"Claimed {action.CaseId}."));
        }

        public Answer Welcome() => throw new InvalidOperationException("not asked here");
    }

    [Fact]
    public async Task HandleEvent_UrlVerification_AcksWithChallenge()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl));

        var ack = await services.GetRequiredService<SlackRequestHandler>().HandleEventAsync("""{"type":"url_verification","challenge":"abc123"}""");

        Assert.Equal("abc123", ack.Challenge);
    }

    [Fact]
    public async Task HandleEvent_UnreadableBody_AcksEmpty()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl));

        Assert.Equal(SlackAck.Empty, await services.GetRequiredService<SlackRequestHandler>().HandleEventAsync("{not json"));
    }

    [Fact]
    public async Task HandleCommand_QueueFull_AnswersBusyInsteadOfDropping()
    {
        var settings = SlackServices.Settings(_slack.ApiBaseUrl);
        settings["Slack:QueueCapacity"] = "1";
        using var services = SlackServices.Build(settings);
        var handler = services.GetRequiredService<SlackRequestHandler>();
        var form = "channel_id=C1&user_id=U1&command=%2Fndr&text=5.1.1&response_url=" + Uri.EscapeDataString(_slack.Hook("c").AbsoluteUri);

        Assert.Equal(SlackAck.Empty, await handler.HandleCommandAsync(form));
        Assert.Equal(SlackMessages.Busy, (await handler.HandleCommandAsync(form)).EphemeralText);
    }

    [Fact]
    public async Task HandleEvent_QueueFull_PostsABusyNoticeToTheAsker()
    {
        var settings = SlackServices.Settings(_slack.ApiBaseUrl);
        settings["Slack:QueueCapacity"] = "1";
        using var services = SlackServices.Build(settings);
        var handler = services.GetRequiredService<SlackRequestHandler>();

        await handler.HandleEventAsync(Mention);
        await handler.HandleEventAsync(Mention.Replace("Ev42", "Ev43", StringComparison.Ordinal));

        var notice = SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postEphemeral")));
        Assert.Equal(SlackMessages.Busy, (string?)notice["text"]);
        Assert.Equal("U1", (string?)notice["user"]);
    }

    [Fact]
    public async Task Worker_Mention_PostsOneCodeCardInTheThread()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl));
        var worker = services.GetServices<IHostedService>().Single(s => s is SlackWorker);
        await worker.StartAsync(CancellationToken.None);

        await services.GetRequiredService<SlackRequestHandler>().HandleEventAsync(Mention);
        var call = await Eventually.SingleAsync(() => _slack.Calls("/api/chat.postMessage"));
        await worker.StopAsync(CancellationToken.None);

        var body = SlackWebApiFake.Body(call);
        Assert.Equal("C1", (string?)body["channel"]);
        Assert.Equal("1700.0042", (string?)body["thread_ts"]);
        Assert.Contains("5.1.1", body["blocks"]!.ToJsonString(), StringComparison.Ordinal);
        BlockKitAssert.WithinLimits(body);
    }

    public void Dispose() => _slack.Dispose();
}
