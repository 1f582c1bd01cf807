using System.Net;
using System.Text;
using NdrBot.Host.Endpoints;
using NdrBot.Tests.Shared.Cards;

namespace NdrBot.Host.Tests.Slack;

/// <summary><c>POST /slack/commands</c>: <c>/ndr</c> with a pasted bounce, and Slack's unsigned ssl_check.</summary>
public sealed class SlackCommandsEndpointTests : IDisposable
{
    // Note: Slack escapes &, < and > in command text, so a pasted Postfix bounce arrives as &lt;bob@…&gt;.
    private const string PostfixPaste = """
        This is the mail system at host mail.sender.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients. It's attached below.

                           The mail system

        &lt;bob@receiver.example&gt;: host mx1.receiver.example[192.0.2.25] said: 550 5.1.1
            &lt;bob@receiver.example&gt;: Recipient address rejected: User unknown in local
            recipient table (in reply to RCPT TO command)
        """;

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
