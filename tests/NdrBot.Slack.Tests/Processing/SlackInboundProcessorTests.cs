using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Processing;
using NdrBot.Slack.Tests.Support;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Slack.Tests.Processing;

/// <summary>What a card button's <see cref="ActionReply"/> turns into in Slack.</summary>
public sealed class SlackInboundProcessorTests : IDisposable
{
    private static readonly CardAction Claim = new() { Verb = CardVerb.Claim, CaseId = "case-1", Version = 2 };

    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task CardAction_NoAnswererSupport_TellsTheClickerPrivately()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<ISlackAnswerer>(new FixedAnswerer(null)));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        var told = SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postEphemeral")));
        Assert.Equal(SlackMessages.ActionUnavailable, (string?)told["text"]);
        Assert.Empty(_slack.Calls("/hooks/btn"));
    }

    [Fact]
    public async Task CardAction_MessageOnly_KeepsTheCardAndTellsTheClicker()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<ISlackAnswerer>(new FixedAnswerer(new ActionReply("Claimed."))));

        var result = await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        Assert.True(result!.Ok);
        Assert.Equal("Claimed.", (string?)SlackWebApiFake.Body(Assert.Single(_slack.Calls("/api/chat.postEphemeral")))["text"]);
        Assert.Empty(_slack.Calls("/hooks/btn"));
    }

    [Fact]
    public async Task CardAction_UpdatedCard_ReplacesTheOriginalAndTellsTheClicker()
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl), s => s.AddSingleton<ISlackAnswerer>(new FixedAnswerer(new ActionReply("Claimed.", AnswerBuilder.Help()))));

        await services.GetRequiredService<SlackInboundProcessor>().ProcessAsync(Request());

        var replaced = SlackWebApiFake.Body(Assert.Single(_slack.Calls("/hooks/btn")));
        Assert.True((bool?)replaced["replace_original"]);
        BlockKitAssert.WithinLimits(replaced);
        Assert.Single(_slack.Calls("/api/chat.postEphemeral"));
    }

    public void Dispose() => _slack.Dispose();

    private SlackCardActionRequest Request() =>
        new(Claim, new SlackReplyTarget("C1", "U1", ResponseUrl: _slack.Hook("btn"), MessageTs: "1700000000.000100"));

    private sealed class FixedAnswerer(ActionReply? reply) : ISlackAnswerer
    {
        public Task<Answer> AnswerAsync(SlackQuestion question, CancellationToken cancellationToken = default) =>
            Task.FromResult(AnswerBuilder.Help());

        public Task<ActionReply?> HandleCardActionAsync(SlackCardActionRequest request, CancellationToken cancellationToken = default) =>
            Task.FromResult(reply);
    }
}
