using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards;
using NdrBot.Cards.Model;
using NdrBot.Teams.Activities;

namespace NdrBot.Teams.Tests.Adapter;

/// <summary>
/// Issue 9, SIGKILL drill: a 200 for an Action.Submit promises the click is kept. The adapter applies it before it
/// answers, so nothing depends on the reply worker (not running here) getting to it before a crash.
/// </summary>
public sealed class CardSubmitTests
{
    [Fact]
    public async Task ActionSubmit_IsAppliedBeforeTheAdapterAnswers_AndTheReplyCarriesItsResult()
    {
        var answerer = new RecordingAnswerer();
        await using var services = Services(answerer);
        var adapter = services.GetRequiredService<TeamsAdapter>();

        var result = await adapter.ProcessAsync(Submit(new CardAction { Verb = CardVerb.Claim, CaseId = "case-7" }));

        Assert.Equal(200, result.StatusCode);
        var applied = Assert.Single(answerer.Actions);
        Assert.Equal((CardVerb.Claim, "case-7", "29:kim"), (applied.Action.Verb, applied.Action.CaseId, applied.Asker.UserId));
        var queued = await FirstQueuedAsync(services);
        Assert.Equal("Claimed case-7", queued.Applied?.Message);
    }

    [Fact]
    public async Task ActionSubmit_WhenTheCaseCannotBeStored_FailsTheRequestAndQueuesNoReply()
    {
        var answerer = new RecordingAnswerer { Fail = new InvalidOperationException("store down") };
        await using var services = Services(answerer);
        var adapter = services.GetRequiredService<TeamsAdapter>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => adapter.ProcessAsync(Submit(new CardAction { Verb = CardVerb.Claim, CaseId = "case-7" })));

        using var nothingQueued = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => FirstQueuedAsync(services, nothingQueued.Token));
    }

    /// <summary>The reply queue is full: the click is still kept and answered 200 (a 503 would make Teams resend a stale click).</summary>
    [Fact]
    public async Task ActionSubmit_WhenTheReplyQueueIsFull_IsAppliedAndAnswered200()
    {
        var answerer = new RecordingAnswerer();
        await using var services = Services(answerer, new Dictionary<string, string?> { ["Teams:ReplyBacklogCapacity"] = "1" });
        var adapter = services.GetRequiredService<TeamsAdapter>();

        var first = await adapter.ProcessAsync(Submit(new CardAction { Verb = CardVerb.Claim, CaseId = "case-7" }));
        var second = await adapter.ProcessAsync(Submit(new CardAction { Verb = CardVerb.Claim, CaseId = "case-8" }));

        Assert.Equal((200, 200), (first.StatusCode, second.StatusCode));
        Assert.Equal(["case-7", "case-8"], answerer.Actions.Select(a => a.Action.CaseId));
    }

    private static ServiceProvider Services(IAnswerer answerer, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddNdrBotTeams()
            .AddSingleton(answerer)
            .BuildServiceProvider();
    }

    private static async Task<NdrBot.Teams.Replies.ReplyWork> FirstQueuedAsync(ServiceProvider services, CancellationToken cancellationToken = default)
    {
        await foreach (var work in services.GetRequiredService<NdrBot.Teams.Replies.ReplyBacklog>().ReadAllAsync(cancellationToken))
        {
            return work;
        }

        throw new InvalidOperationException("the queue closed");
    }

    private static Activity Submit(CardAction action)
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "act-1",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/teams/",
            ["from"] = new JsonObject { ["id"] = "29:kim", ["name"] = "Kim" },
            ["conversation"] = new JsonObject { ["id"] = "19:helpdesk" },
            ["recipient"] = new JsonObject { ["id"] = "28:ndrbot" },
            ["replyToId"] = "card-1",
            ["value"] = action.ToJson(),
        };
        return TeamsJson.TryParseActivity(Encoding.UTF8.GetBytes(activity.ToJsonString()))!;
    }

    private sealed class RecordingAnswerer : IAnswerer
    {
        public List<(CardAction Action, Asker Asker)> Actions { get; } = [];

        public Exception? Fail { get; init; }

        public ValueTask<ActionReply> ActAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
        {
            if (Fail is not null)
            {
                throw Fail;
            }

            Actions.Add((action, asker));
            return ValueTask.FromResult(new ActionReply($"Claimed {action.CaseId}"));
        }

        public ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("not asked in these tests");

        public Answer Welcome() => throw new InvalidOperationException("not asked in these tests");
    }
}
