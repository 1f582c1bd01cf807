using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Tests.Support;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Slack.Tests.Commands;

/// <summary>A slash command from form body to the deferred reply on <c>response_url</c>.</summary>
public sealed class SlashCommandFlowTests : IDisposable
{
    private const string PostfixPaste = SlackPastes.Postfix;

    private readonly SlackWebApiFake _slack = new();

    [Theory]
    [InlineData("", "in_channel")]
    [InlineData("-p ", "ephemeral")]
    public async Task Command_PastedPostfixBounce_RepliesWithABounceCardOnTheResponseUrl(string flag, string responseType)
    {
        using var services = SlackServices.Build(SlackServices.Settings(_slack.ApiBaseUrl));
        var worker = services.GetServices<IHostedService>().Single(s => s is NdrBot.Slack.Queue.SlackWorker);
        await worker.StartAsync(CancellationToken.None);
        var form = "channel_id=C1&user_id=U1&command=%2Fndr&text=" + Uri.EscapeDataString(flag + PostfixPaste)
            + "&response_url=" + Uri.EscapeDataString(_slack.Hook("cmd").AbsoluteUri);

        var ack = await services.GetRequiredService<SlackRequestHandler>().HandleCommandAsync(form);
        var reply = SlackWebApiFake.Body(await Eventually.SingleAsync(() => _slack.Calls("/hooks/cmd")));
        await worker.StopAsync(CancellationToken.None);

        Assert.Equal(SlackAck.Empty, ack);
        Assert.Equal(responseType, (string?)reply["response_type"]);
        var blocks = reply["blocks"]!.ToJsonString();
        Assert.Contains("bob@receiver.example", blocks, StringComparison.Ordinal);
        Assert.Contains("5.1.1", blocks, StringComparison.Ordinal);
        BlockKitAssert.WithinLimits(reply);
        Assert.Empty(_slack.Calls("/api/chat.postMessage"));
    }

    public void Dispose() => _slack.Dispose();
}
