using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Processing;
using NdrBot.Slack.Tests.Support;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Slack.Tests.Processing;

/// <summary>Slack's questions and card buttons go through the host's one <see cref="IAnswerer"/>, and what comes back turns into Slack calls.</summary>
public sealed class SlackInboundProcessorTests : IDisposable
{
    private static readonly CardAction Claim = new() { Verb = CardVerb.Claim, CaseId = "case-1", Version = 2 };

    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task Question_InAThread_AsksWithTheThreadAsTheAskersThread()
    {
        var answerer = new ExplainingAnswerer();
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(new SlackQuestion("5.4.6", new SlackReplyTarget("C1", "U1", "1700000000.000100")));

        var asked = Assert.Single(answerer.Questions);
        Assert.Equal(new Asker(ChatChannel.Slack, "U1", "U1", "C1", "1700000000.000100"), asked.Asker);
    }

    [Fact]
    public async Task Question_PostedCaseCard_TellsTheAnswererWhereTheCardIs()
    {
        var answerer = new ExplainingAnswerer();
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(new SlackQuestion("5.4.6", new SlackReplyTarget("C1", "U1", "1700.1")));

        var (caseId, location) = Assert.Single(answerer.Posted);
        Assert.StartsWith("c-", caseId, StringComparison.Ordinal);
        Assert.Equal(new CardLocation(ChatChannel.Slack, "C1", null, SlackWebApiFake.PostedTs), location);
    }

    [Fact]
    public async Task Question_AnsweredThroughTheResponseUrl_RecordsNoCardLocation()
    {
        var answerer = new ExplainingAnswerer();
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(new SlackQuestion("5.4.6", new SlackReplyTarget("C1", "U1", ResponseUrl: _slack.Hook("cmd"))));

        Assert.Single(_slack.Calls("/hooks/cmd"));
        Assert.Empty(answerer.Posted);
    }

    /// <summary>Issue 19: only a card Slack can update later says its live checks are on their way.</summary>
    [Fact]
    public async Task Question_ChecksPending_OnlyAPostedMessagePromisesThem()
    {
        var answerer = new ExplainingAnswerer { ChecksPending = true };
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(answerer));
        var processor = services.GetRequiredService<SlackInboundProcessor>();

        await processor.ProcessAsync(new SlackQuestion("5.7.26", new SlackReplyTarget("C1", "U1", "1700.1")));
        await processor.ProcessAsync(new SlackQuestion("5.7.26", new SlackReplyTarget("C1", "U1", ResponseUrl: _slack.Hook("cmd"))));
        await processor.ProcessAsync(new SlackQuestion("5.7.26", new SlackReplyTarget("C1", "U1", Ephemeral: true)));

        Assert.Contains("Looking up SPF", SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postMessage"))).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Looking up SPF", SlackWebApiFake.Body(Assert.Single(_slack.Calls("/hooks/cmd"))).ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Looking up SPF", SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postEphemeral"))).ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_MessageOnly_KeepsTheCardAndTellsTheClicker()
    {
        using var services = Build(new ActionReply("Claimed."));

        var result = await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        Assert.True(result!.Ok);
        Assert.Equal("Claimed.", (string?)SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postEphemeral")))["text"]);
        Assert.Empty(_slack.Calls("/hooks/btn"));
    }

    [Fact]
    public async Task CardAction_UpdatedCard_ReplacesTheOriginalAndTellsTheClicker()
    {
        using var services = Build(new ActionReply("Claimed.", AnswerBuilder.Help()));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        var replaced = SlackWebApiFake.Body(Assert.Single(_slack.Calls("/hooks/btn")));
        Assert.True((bool?)replaced["replace_original"]);
        BlockKitAssert.WithinLimits(replaced);
        Assert.Single(_slack.Calls("/api/chat.postEphemeral"));
        Assert.Empty(_slack.Calls("/api/chat.update"));
    }

    [Fact]
    public async Task CardAction_CaseCardPostedElsewhere_UpdatesThatCardToo()
    {
        var stored = new CardLocation(ChatChannel.Slack, "C1", null, "1600000000.000900");
        using var services = Build(new ActionReply("Claimed.", AnswerBuilder.Help(), stored));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        Assert.Single(_slack.Calls("/hooks/btn"));
        var updated = SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.update")));
        Assert.Equal(("C1", "1600000000.000900"), ((string?)updated["channel"], (string?)updated["ts"]));
    }

    public void Dispose() => _slack.Dispose();

    private ServiceProvider Build(ActionReply reply) =>
        SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<IAnswerer>(new ExplainingAnswerer(reply)));

    private SlackCardActionRequest Request() =>
        new(Claim, new SlackReplyTarget("C1", "U1", ResponseUrl: _slack.Hook("btn"), MessageTs: "1700000000.000100"));
}
