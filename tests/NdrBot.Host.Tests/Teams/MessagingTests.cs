using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Teams;

/// <summary>Activity handling in local-dev mode (no AppId: loopback only), against a WireMock Connector.</summary>
public sealed class MessagingTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task Message_InChannelWithMention_AnswersTheRestOfTheText()
    {
        var activity = Activities.Message(_fake.ServiceUrl, "<at>NdrBot</at> what is 5.1.1?", "channel");
        activity["entities"] = new JsonArray(new JsonObject
        {
            ["type"] = "mention",
            ["text"] = "<at>NdrBot</at>",
            ["mentioned"] = new JsonObject { ["id"] = Activities.BotId, ["name"] = "NdrBot" },
        });

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await _fake.WaitForConnectorCallsAsync());
        Assert.Contains("5.1.1", reply.RequestMessage.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("No code found", reply.RequestMessage.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_WithoutAuthHeaderInDevMode_RepliesWithoutToken()
    {
        await PostAsync(Activities.Message(_fake.ServiceUrl, "5.4.6"));

        var reply = Assert.Single(await _fake.WaitForConnectorCallsAsync());
        Assert.False(reply.RequestMessage.Headers?.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task ActionSubmit_WithNdrBotData_UpdatesTheCardAndConfirms()
    {
        await PostAsync(Activities.Message(_fake.ServiceUrl, "5.4.6"));
        var card = JsonNode.Parse(Assert.Single(await _fake.WaitForConnectorCallsAsync()).RequestMessage.Body!)!;
        var claim = card["attachments"]![0]!["content"]!["actions"]!.AsArray().First(a => (string?)a!["title"] == "Claim")!;
        var submit = Activities.Message(_fake.ServiceUrl, "");
        submit.Remove("text");
        submit["id"] = "msg-2";
        submit["replyToId"] = "reply-1";
        submit["value"] = claim["data"]!.DeepClone();

        var response = await PostAsync(submit);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = await _fake.WaitForConnectorCallsAsync(3);
        Assert.Equal("PUT", calls[1].RequestMessage.Method);
        Assert.Equal("/amer/v3/conversations/conv-1/activities/reply-1", calls[1].RequestMessage.Path);
        Assert.Equal("/amer/v3/conversations/conv-1/activities/msg-2", calls[2].RequestMessage.Path);
        var text = (string?)JsonNode.Parse(calls[2].RequestMessage.Body!)!["text"];
        Assert.Contains("You have case", text, StringComparison.Ordinal);
        Assert.True(CardAction.TryParse(JsonDocument.Parse(claim["data"]!.ToJsonString()).RootElement, out var parsed));
        Assert.DoesNotContain(parsed.CaseId, text, StringComparison.Ordinal);
        Assert.Matches("You have case C-[0-9A-Z]{4} now", text);
    }

    [Fact]
    public async Task ActionExecute_WithNdrBotData_ReturnsInvokeResponseInBody()
    {
        var data = new CardAction { Verb = CardVerb.Resolve, CaseId = "case-1", Version = 2 }.ToJson();
        var invoke = Invoke("adaptiveCard/action", new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = "resolve", ["data"] = data },
            ["trigger"] = "manual",
        });

        var response = await PostAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.activity.message", (string?)body["type"]);
        Assert.Contains("case-1", (string?)body["value"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ActionExecute_NotAnExecuteAction_ReturnsErrorBody()
    {
        var response = await PostAsync(Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Submit" } }));

        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(400, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.error", (string?)body["type"]);
    }

    [Fact]
    public async Task Invoke_UnhandledName_Returns501()
    {
        var response = await PostAsync(Invoke("task/fetch", new JsonObject()));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Theory]
    [InlineData("5.4.6", "5.4.6")]
    [InlineData("550 5.1.1", "5.1.1")]
    [InlineData("mailbox full", "Mailbox")]
    public async Task ComposeExtensionQuery_FindsCodeCardsWithPreviews(string text, string expected)
    {
        var response = await PostAsync(Invoke("composeExtension/query", SearchFor(text)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Equal("result", (string?)body["type"]);
        var attachments = body["attachments"]!.AsArray();
        Assert.NotEmpty(attachments);
        Assert.True(attachments.Count <= 10);
        foreach (var attachment in attachments)
        {
            Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)attachment!["contentType"]);
            Assert.Equal("AdaptiveCard", (string?)attachment["content"]!["type"]);
            Assert.True(System.Text.Encoding.UTF8.GetByteCount(attachment["content"]!.ToJsonString()) <= 28 * 1024);
            Assert.Equal("application/vnd.microsoft.card.thumbnail", (string?)attachment["preview"]!["contentType"]);
        }

        Assert.Contains(expected, (string?)attachments[0]!["preview"]!["content"]!["title"], StringComparison.OrdinalIgnoreCase);
        Assert.Empty(_fake.ConnectorCalls);
    }

    [Fact]
    public async Task ComposeExtensionQuery_NothingFound_ReturnsEmptyResult()
    {
        var response = await PostAsync(Invoke("composeExtension/query", SearchFor("   ")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["composeExtension"]!;
        Assert.Empty(body["attachments"]!.AsArray());
    }

    private static JsonObject SearchFor(string text) => new()
    {
        ["commandId"] = "code",
        ["parameters"] = new JsonArray(new JsonObject { ["name"] = "code", ["value"] = text }),
        ["queryOptions"] = new JsonObject { ["skip"] = 0, ["count"] = 25 },
    };

    [Fact]
    public async Task UnknownActivityType_IsAcknowledgedAndIgnored()
    {
        var activity = Activities.Message(_fake.ServiceUrl, "5.4.6");
        activity["type"] = "messageReaction";

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    [Fact]
    public async Task Activity_WithoutType_Returns400()
    {
        var activity = Activities.Message(_fake.ServiceUrl, "5.4.6");
        activity.Remove("type");

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("personal", 1)]
    [InlineData("channel", 0)]
    [InlineData("groupChat", 0)]
    public async Task InstallationUpdate_Add_WelcomesOnlyInPersonalChat(string conversationType, int expectedReplies)
    {
        var install = Activities.Message(_fake.ServiceUrl, "", conversationType);
        install["type"] = "installationUpdate";
        install["action"] = "add";

        var response = await PostAsync(install);
        var update = Activities.Message(_fake.ServiceUrl, "", conversationType);
        update["type"] = "conversationUpdate";
        var second = await PostAsync(update);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var calls = await _fake.WaitForConnectorCallsAsync(expectedReplies, timeoutSeconds: expectedReplies == 0 ? 1 : 15);
        Assert.Equal(expectedReplies, calls.Count);
        if (expectedReplies == 1)
        {
            Assert.Equal("/amer/v3/conversations/conv-1/activities", calls[0].RequestMessage.Path);
            Assert.Contains("NdrBot: email bounces explained", calls[0].RequestMessage.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Message_ThreadConversationId_ReachesTheThread()
    {
        var activity = Activities.Message(_fake.ServiceUrl, "5.4.6", "channel");
        activity["conversation"]!["id"] = "19:abc@thread.skype;messageid=1498171086622";

        await PostAsync(activity);

        var call = Assert.Single(await _fake.WaitForConnectorCallsAsync());
        // Note: WireMock shows the decoded path; the escaping itself is checked in NdrBot.Teams.Tests (ConnectorClientTests).
        Assert.Equal("/amer/v3/conversations/19:abc@thread.skype;messageid=1498171086622/activities/msg-1", call.RequestMessage.Path);
    }

    [Fact]
    public async Task Message_LongPaste_SendsTypingBeforeTheCard()
    {
        var paste = "Delivery has failed to these recipients.\n" + new string('x', 2100) + "\nRemote server returned '550 5.1.1 User unknown'";

        await PostAsync(Activities.Message(_fake.ServiceUrl, paste));

        var calls = await _fake.WaitForConnectorCallsAsync(2);
        Assert.Contains("\"typing\"", calls[0].RequestMessage.Body, StringComparison.Ordinal);
        Assert.Contains("application/vnd.microsoft.card.adaptive", calls[1].RequestMessage.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_FromRemoteCallerInDevMode_Returns401()
    {
        _app.RemoteAddress = IPAddress.Parse("203.0.113.7");

        var response = await PostAsync(Activities.Message(_fake.ServiceUrl, "5.4.6"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    [Fact]
    public async Task Message_WithRemoteServiceUrlInDevMode_Returns401()
    {
        var response = await PostAsync(Activities.Message("https://smba.trafficmanager.net/amer/", "5.4.6"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Head_Messages_Returns200()
    {
        using var client = _app.CreateClient();

        using var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/messages"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOver256KiB_Returns413()
    {
        var activity = Activities.Message(_fake.ServiceUrl, new string('a', 300 * 1024));

        var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(_fake.ConnectorCalls);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    private JsonObject Invoke(string name, JsonObject value)
    {
        var invoke = Activities.Message(_fake.ServiceUrl, "");
        invoke["type"] = "invoke";
        invoke["name"] = name;
        invoke["value"] = value;
        return invoke;
    }

    private async Task<HttpResponseMessage> PostAsync(JsonNode activity)
    {
        using var client = _app.CreateClient();
        using var request = Activities.Post(activity);
        var response = await client.SendAsync(request);
        await response.Content.LoadIntoBufferAsync();
        return response;
    }
}
