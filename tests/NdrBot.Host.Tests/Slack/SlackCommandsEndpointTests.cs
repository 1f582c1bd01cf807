using System.Net;
using System.Text;
using NdrBot.Host.Endpoints;
using NdrBot.Tests.Shared.Cards;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Slack;

/// <summary><c>POST /slack/commands</c>: <c>/ndr</c> with a pasted bounce, and Slack's unsigned ssl_check.</summary>
public sealed class SlackCommandsEndpointTests : IDisposable
{
    private const string PostfixPaste = SlackPastes.Postfix;

    private readonly SlackWebApiFake _slack = new();

    [Fact]
    public async Task SlashCommand_PastedPostfixBounce_PostsTheBounceCardToTheResponseUrl()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.CommandsRoute, SlackPayloads.Command(PostfixPaste, _slack.Hook("cmd")), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/hooks/cmd")));
        Assert.Equal("in_channel", (string?)reply["response_type"]);
        var blocks = reply["blocks"]!.ToJsonString();
        Assert.Contains("bob@receiver.example", blocks, StringComparison.Ordinal);
        Assert.Contains("5.1.1", blocks, StringComparison.Ordinal);
        BlockKitAssert.WithinLimits(reply);
        Assert.Empty(_slack.Calls("/api/chat.postMessage"));
    }

    [Fact]
    public async Task SslCheck_Unsigned_Is200AndProcessesNothing()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();
        var body = "ssl_check=1&token=deprecated&text=550&response_url=" + Uri.EscapeDataString(_slack.Hook("ssl").AbsoluteUri);

        using var response = await client.SendAsync(SignedSlackRequest.Unsigned(SlackEndpoints.CommandsRoute, Encoding.ASCII.GetBytes(body), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task SlashCommand_Unsigned_Is401()
    {
        using var app = SlackHostApp.HttpMode(_slack);
        using var client = app.CreateClient();

        using var response = await client.SendAsync(SignedSlackRequest.Unsigned(SlackEndpoints.CommandsRoute, Encoding.ASCII.GetBytes(SlackPayloads.Command("550", _slack.Hook("cmd"))), SignedSlackRequest.Form));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    public void Dispose() => _slack.Dispose();
}
