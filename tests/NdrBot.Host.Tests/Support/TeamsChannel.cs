using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using WireMock.Logging;

namespace NdrBot.Host.Tests.Support;

/// <summary>
/// People talking to NdrBot in one Teams channel (local-dev mode, no auth), against the WireMock Connector: pastes,
/// button clicks (Action.Submit on the card they see) and the Connector calls the bot makes in reply. A person's
/// <c>from.id</c> is made from their name unless <paramref name="idOf"/> says otherwise.
/// </summary>
internal sealed class TeamsChannel(
    BotFrameworkFake fake, string conversationId = "19:triage@thread.tacv2", string tenant = "tenant-1", Func<string, string>? idOf = null)
{
    private int _ids;

    /// <summary>Posts a message and waits for the bot's reply (a typing indicator sent first for a long paste is passed over).</summary>
    public async Task<JsonNode> SayAsync(HttpClient client, string user, string text)
    {
        var before = fake.ConnectorCalls.Count;
        var message = Activity(user, text);
        await PostAsync(client, message);
        for (var count = before + 1; count <= before + 3; count++)
        {
            var calls = await fake.WaitForConnectorCallsAsync(count);
            if (calls.Skip(before).Select(Body).FirstOrDefault(b => (string?)b["type"] != "typing") is { } reply)
            {
                return reply;
            }
        }

        throw new TimeoutException($"No reply from the bot to: {text[..Math.Min(text.Length, 80)]}");
    }

    /// <summary>Clicks a button on <paramref name="card"/> (an Adaptive Card) and waits for the PUT and the reply text.</summary>
    public async Task<(ILogEntry? Put, string Reply)> ClickAsync(HttpClient client, string user, JsonNode card, CardVerb verb, string? note = null)
    {
        var button = card["actions"]!.AsArray().First(a => (string?)a!["title"] == verb.Label())!;
        var data = button["data"]!.DeepClone().AsObject();
        if (note is not null)
        {
            data[CardAction.NoteInputId] = note;
        }

        return await SubmitAsync(client, user, data);
    }

    /// <summary>Submits <paramref name="action"/> as a button's data would arrive, and waits for the PUT and the reply text.</summary>
    public Task<(ILogEntry? Put, string Reply)> SubmitAsync(HttpClient client, string user, CardAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        return SubmitAsync(client, user, action.ToJson());
    }

    private async Task<(ILogEntry? Put, string Reply)> SubmitAsync(HttpClient client, string user, JsonObject data)
    {
        var before = fake.ConnectorCalls.Count;
        var submit = Activity(user, null);
        submit["replyToId"] = "reply-1";
        submit["value"] = data;
        await PostAsync(client, submit);
        var calls = await WaitForTextReplyAsync(before);
        var reply = calls.Skip(before).Last(c => c.RequestMessage.Method == "POST");
        var put = calls.Skip(before).FirstOrDefault(c => c.RequestMessage.Method == "PUT");
        return (put, (string?)Body(reply)["text"] ?? "");
    }

    public static JsonNode CardOf(JsonNode activity) => activity["attachments"]![0]!["content"]!;

    public static JsonNode Body(ILogEntry call) => JsonNode.Parse(call.RequestMessage.Body!)!;

    public static CardAction ActionOf(JsonNode card, CardVerb verb)
    {
        var data = card["actions"]!.AsArray().First(a => (string?)a!["title"] == verb.Label())!["data"]!;
        Assert.True(CardAction.TryParse(JsonDocument.Parse(data.ToJsonString()).RootElement, out var action));
        return action;
    }

    private async Task<IReadOnlyList<ILogEntry>> WaitForTextReplyAsync(int before)
    {
        for (var expected = before + 1; ; expected++)
        {
            var calls = await fake.WaitForConnectorCallsAsync(expected);
            if (calls.Count < expected || calls.Skip(before).Any(c => c.RequestMessage.Method == "POST" && Body(c)["text"] is not null))
            {
                return calls;
            }
        }
    }

    private JsonObject Activity(string user, string? text)
    {
        var activity = Activities.Message(fake.ServiceUrl, text ?? "", "channel");
        if (text is null)
        {
            activity.Remove("text");
        }

        activity["id"] = $"msg-{Interlocked.Increment(ref _ids)}";
        activity["from"] = new JsonObject { ["id"] = idOf?.Invoke(user) ?? "29:" + user.Replace(' ', '-'), ["name"] = user };
        activity["conversation"]!["id"] = conversationId;
        activity["conversation"]!["tenantId"] = tenant;
        return activity;
    }

    private static async Task PostAsync(HttpClient client, JsonNode activity)
    {
        using var response = await client.SendAsync(Activities.Post(activity));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
