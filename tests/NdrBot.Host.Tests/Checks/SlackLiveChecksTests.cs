using System.Net;
using System.Text.Json.Nodes;
using NdrBot.Host.Endpoints;
using NdrBot.Host.Tests.Slack;
using NdrBot.Tests.Shared;
using NdrBot.Tests.Shared.Dns;
using NdrBot.Tests.Shared.Slack;
using static NdrBot.Host.Tests.Checks.CheckHost;

namespace NdrBot.Host.Tests.Checks;

/// <summary>Issue 19 in Slack: the card posted for a mention says its checks are running; chat.update brings them.</summary>
public sealed class SlackLiveChecksTests : IDisposable
{
    private readonly TestDnsServer _dns = TestDnsServer.Start(CheckZones.Build());
    private readonly SlackWebApiFake _slack = new();

    public void Dispose()
    {
        _slack.Dispose();
        _dns.Dispose();
    }

    [Fact]
    public async Task MentionWithABounce_PostedWithChecksPending_ThenChatUpdateBringsThem()
    {
        var settings = new Dictionary<string, string?>(SlackHostApp.Settings(_slack));
        foreach (var (key, value) in Settings(_dns))
        {
            settings[key] = value;
        }

        using var app = new SlackHostApp(settings);
        using var client = app.CreateClient();
        var paste = CheckPastes.Read(CheckPastes.BannedIp).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

        using var asked = await client.SendAsync(SignedSlackRequest.Create(SlackEndpoints.EventsRoute, SlackPayloads.AppMention("EvChecks", paste), SignedSlackRequest.Json));
        var posted = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.postMessage")));
        var update = SlackWebApiFake.Body(Assert.Single(await _slack.WaitForCallsAsync("/api/chat.update")));

        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        Assert.Contains(PendingNote, Blocks(posted), StringComparison.Ordinal);
        Assert.Equal((SlackWebApiFake.PostedTs, "C1"), ((string?)update["ts"], (string?)update["channel"]));
        Assert.Contains("*Blocklist* 45.33.10.20 on bl.test: ", Blocks(update), StringComparison.Ordinal);
        Assert.Contains("*listed*", Blocks(update), StringComparison.Ordinal);
        Assert.DoesNotContain(PendingNote, Blocks(update), StringComparison.Ordinal);
    }

    private static string Blocks(JsonObject message) => string.Join("\n", JsonWalk.Strings(message["blocks"]));
}
