using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NdrBot.Host.Tests.Drills;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared.Dns;
using static NdrBot.Host.Tests.Checks.CheckHost;

namespace NdrBot.Host.Tests.Checks;

/// <summary>
/// Issue 19 in the web chat: the page cannot be sent an update, so an answer whose checks run carries a refresh
/// address, and the card there shows the checks once they are stored.
/// </summary>
public sealed class WebChatLiveChecksTests : IDisposable
{
    private readonly TestDnsServer _dns = TestDnsServer.Start(CheckZones.Build());

    public void Dispose() => _dns.Dispose();

    [Fact]
    public async Task PastedBounce_AnswerSaysChecksRun_TheRefreshedCardShowsThem()
    {
        using var app = new NdrBotApp(Settings(_dns));
        using var client = app.CreateClient();

        var reply = await PostAsync(client, new { text = CheckPastes.Read(CheckPastes.DomainNotFound) });
        var refresh = (string?)reply["refresh"];
        Assert.NotNull(refresh);
        var latest = await Eventually.WaitAsync(() => GetAsync(client, refresh), r => (bool?)r["checksPending"] == false);

        Assert.Contains(PendingNote, Texts(reply["card"]!), StringComparison.Ordinal);
        Assert.StartsWith("/api/webchat/cards/case-", refresh, StringComparison.Ordinal);
        Assert.Equal(["MX missing.test: no such domain", "MX empty.test: no mail servers"], CheckLines(latest["card"]!));
    }

    [Fact]
    public async Task ButtonAfterTheChecks_TheCardKeepsThem_AndNeedsNoRefresh()
    {
        using var app = new NdrBotApp(Settings(_dns));
        using var client = app.CreateClient();
        var reply = await PostAsync(client, new { text = CheckPastes.Read(CheckPastes.DomainNotFound) });
        await Eventually.WaitAsync(() => GetAsync(client, (string)reply["refresh"]!), r => (bool?)r["checksPending"] == false);
        var claim = reply["card"]!["actions"]!.AsArray().First(a => (string?)a!["title"] == "Claim")!["data"]!.DeepClone();

        var clicked = await PostAsync(client, new JsonObject { ["value"] = claim });

        Assert.Equal(["MX missing.test: no such domain", "MX empty.test: no mail servers"], CheckLines(clicked["card"]!));
        Assert.Null((string?)clicked["refresh"]);
    }

    [Fact]
    public async Task CaseCard_OnlyTheWebChatsOwnCases_AndOnlyForLoopback()
    {
        using var app = new NdrBotApp(Settings(_dns));
        using var client = app.CreateClient();
        var refresh = (string)(await PostAsync(client, new { text = CheckPastes.Read(CheckPastes.DomainNotFound) }))["refresh"]!;

        using var missing = await client.GetAsync(new Uri("/api/webchat/cards/case-aaaaaaaaaaaaaaaaaaaaaaaa", UriKind.Relative));
        using var malformed = await client.GetAsync(new Uri("/api/webchat/cards/%3Cscript%3E", UriKind.Relative));
        app.RemoteAddress = IPAddress.Parse("203.0.113.50");
        using var remote = await client.GetAsync(new Uri(refresh, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, remote.StatusCode);
    }

    [Fact]
    public async Task ChecksTurnedOff_NoRefresh()
    {
        using var app = new NdrBotApp(new Dictionary<string, string?>(Settings(_dns)) { ["Diagnostics:Dns:Enabled"] = "false" });
        using var client = app.CreateClient();

        var reply = await PostAsync(client, new { text = CheckPastes.Read(CheckPastes.DomainNotFound) });

        Assert.Null((string?)reply["refresh"]);
        Assert.Empty(CheckLines(reply["card"]!));
        Assert.DoesNotContain(PendingNote, Texts(reply["card"]!), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<JsonNode> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
