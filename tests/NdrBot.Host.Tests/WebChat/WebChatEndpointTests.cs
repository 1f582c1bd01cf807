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

    /// <summary>The Telstra checklist on a case: ticking a step and saving keeps it ticked; unticking it undoes it.</summary>
    [Fact]
    public async Task TelstraChecklist_TickAndUntickAStep_TheCardFollowsTheCase()
    {
        using var client = _app.CreateClient();
        using var asked = await client.PostAsJsonAsync("/api/webchat", new
        {
            text = "550 5.7.1 Message rejected: Telstra BigPond outbound limit (10 MB per 10 minutes) exceeded for sender ops@example.com.au",
        });
        var card = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!["card"]!;
        var steps = Toggles(card);
        Assert.True(steps.Count >= 3, card.ToJsonString());
        Assert.All(steps, t => Assert.NotEqual("true", (string?)t["value"]));
        var save = SubmitData(card, "checklist");
        var first = (string)steps[0]["id"]!;

        save[first] = "true";
        var ticked = await ClickAsync(client, save);
        var untick = SubmitData(ticked, "checklist");
        var unticked = await ClickAsync(client, untick);

        Assert.Equal(["true"], Toggles(ticked).Where(t => (string?)t["id"] == first).Select(t => (string?)t["value"]));
        Assert.Single(Toggles(ticked), t => (string?)t["value"] == "true");
        Assert.DoesNotContain(Toggles(unticked), t => (string?)t["value"] == "true");
    }

    /// <summary>Only the asker sees a web chat card: once they own the case it offers Release, and no Take over of their own case.</summary>
    [Fact]
    public async Task Claim_TheUpdatedCardOffersTheOwnerReleaseNotTakeOver()
    {
        using var client = _app.CreateClient();
        using var asked = await client.PostAsJsonAsync("/api/webchat", new { text = Triage.CaseCardTests.PostfixBounce });
        var card = JsonNode.Parse(await asked.Content.ReadAsStringAsync())!["card"]!;

        var claimed = await ClickAsync(client, SubmitData(card, "claim"));
        var released = await ClickAsync(client, SubmitData(claimed, "release"));

        Assert.Equal(["Release", "Add note", "Resolve"], Buttons(claimed));
        Assert.Equal(["Claim", "Add note", "Resolve"], Buttons(released));
        Assert.Contains("contoso-com.mail.protection.outlook.com", released.ToJsonString(), StringComparison.Ordinal);
    }

    private static List<string?> Buttons(JsonNode card) => [.. card["actions"]!.AsArray().Select(a => (string?)a!["title"])];

    private static async Task<JsonNode> ClickAsync(HttpClient client, JsonObject data)
    {
        using var response = await client.PostAsJsonAsync("/api/webchat", new JsonObject { ["value"] = data });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return body["card"] ?? throw new InvalidOperationException("no updated card: " + body.ToJsonString());
    }

    private static List<JsonObject> Toggles(JsonNode card) =>
        [.. NdrBot.Tests.Shared.JsonWalk.Objects(card).Where(o => (string?)o["type"] == "Input.Toggle" && ((string?)o["id"])!.StartsWith(CardAction.StepInputPrefix, StringComparison.Ordinal))];

    private static JsonObject SubmitData(JsonNode card, string verb) =>
        NdrBot.Tests.Shared.JsonWalk.Objects(card)
            .Where(o => (string?)o["type"] == "Action.Submit" && o["data"] is JsonObject d && d.ToJsonString().Contains($"\"{verb}\"", StringComparison.Ordinal))
            .Select(o => o["data"]!.DeepClone().AsObject())
            .First();

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
