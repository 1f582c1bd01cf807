using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.WebChat;

public sealed class WebChatEndpointTests : IDisposable
{
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task Post_Code_ReturnsTheSameCardTeamsGets()
    {
        using var client = _app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/webchat", new { text = "5.4.6" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["card"]!;
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Contains("5.4.6", card.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ButtonData_ReturnsAcknowledgement()
    {
        using var client = _app.CreateClient();
        var data = new CardAction { Verb = CardVerb.Claim, CaseId = "case-9" }.ToJson();

        using var response = await client.PostAsJsonAsync("/api/webchat", new JsonObject { ["value"] = data });

        var text = (string?)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["text"];
        Assert.Contains("case-9", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_FromRemoteCaller_Returns403()
    {
        _app.RemoteAddress = IPAddress.Parse("198.51.100.4");
        using var client = _app.CreateClient();

        using var response = await client.PostAsJsonAsync("/api/webchat", new { text = "5.4.6" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_Root_ServesTheChatPage()
    {
        using var client = _app.CreateClient();

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative));

        Assert.Contains("/api/webchat", await client.GetStringAsync(new Uri("/webchat.js", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Contains("<title>NdrBot", html, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();
}
