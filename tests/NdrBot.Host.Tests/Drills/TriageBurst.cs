using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Drills;

/// <summary>
/// One lane of the SIGKILL drill: opens a case with a bounce (a recipient no other lane uses), then claims it,
/// notes it and resolves it through <c>adaptiveCard/action</c> invokes (even lanes) or Action.Submit messages (odd
/// lanes, where the 200 alone is the acknowledgement), again and again, recording every acknowledged step, until
/// the host stops answering.
/// </summary>
internal sealed class TriageBurst(HostProcess host, BotFrameworkFake fake, int round, int lane, ConcurrentQueue<Acknowledged> acknowledged)
{
    /// <summary>Why the lane stopped (for the failure message when a burst stalls before the kill).</summary>
    public string? StoppedBecause { get; private set; }

    private readonly string _conversation = $"19:drill-{lane}@thread.tacv2";

    public async Task RunAsync(CancellationToken stop)
    {
        try
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                await OneCaseAsync($"Drill {round}-{lane}-{n}", $"r{round}l{lane}n{n}@example.com", stop);
            }
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException or TimeoutException)
        {
            // Note: the host was killed under this lane; whatever it had not acknowledged is not counted.
            StoppedBecause = $"lane {lane}: {ex.GetType().Name}: {ex.Message}";
        }
    }

    private async Task OneCaseAsync(string user, string recipient, CancellationToken stop)
    {
        var bounce = Activity(user, $"550 5.1.1 <{recipient}>: Recipient address rejected: User unknown");
        using (var message = await host.Client.SendAsync(Post(bounce), stop))
        {
            if (message.StatusCode != HttpStatusCode.OK)
            {
                throw new HttpRequestException($"message answered {(int)message.StatusCode}");
            }
        }

        var card = await CardForAsync((string)bounce["id"]!, stop);
        var caseId = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;
        acknowledged.Enqueue(new Acknowledged(round, caseId, user, "opened"));

        var version = 1;
        foreach (var (verb, note) in new (CardVerb, string?)[] { (CardVerb.Claim, null), (CardVerb.Note, $"note from {user}"), (CardVerb.Resolve, null) })
        {
            var action = new CardAction { Verb = verb, CaseId = caseId, Version = version, Note = note };
            var applied = lane % 2 == 0 ? await ExecuteAsync(user, action, stop) : await SubmitAsync(user, action, stop);
            acknowledged.Enqueue(new Acknowledged(round, caseId, user, applied ? Stored(verb) : "refused-any", note));
            version += applied ? 1 : 0;
        }
    }

    /// <summary>True when the invoke's answer is the updated card (applied), false for a message (refused).</summary>
    private async Task<bool> ExecuteAsync(string user, CardAction action, CancellationToken stop)
    {
        var invoke = Activity(user, null);
        invoke["type"] = "invoke";
        invoke["name"] = "adaptiveCard/action";
        invoke["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action.Verb.ToWire(), ["data"] = action.ToJson() },
            ["trigger"] = "manual",
        };
        using var response = await host.Client.SendAsync(Post(invoke), stop);
        var body = await response.Content.ReadAsStringAsync(stop);
        if (response.StatusCode != HttpStatusCode.OK || JsonNode.Parse(body) is not { } parsed || (int?)parsed["statusCode"] != 200)
        {
            throw new HttpRequestException($"invoke answered {(int)response.StatusCode}: {body}");
        }

        return (string?)parsed["type"] == "application/vnd.microsoft.card.adaptive";
    }

    /// <summary>
    /// A click on an Action.Submit button: the 200 promises the step is kept. The lane is alone on its case, so the
    /// step must apply (a refusal would show in the audit as a missing step).
    /// </summary>
    private async Task<bool> SubmitAsync(string user, CardAction action, CancellationToken stop)
    {
        var submit = Activity(user, null);
        submit["value"] = action.ToJson();
        using var response = await host.Client.SendAsync(Post(submit), stop);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"submit answered {(int)response.StatusCode}");
        }

        return true;
    }

    /// <summary>The card the bot posted in reply to message <paramref name="messageId"/> (its replyToId).</summary>
    private async Task<JsonNode> CardForAsync(string messageId, CancellationToken stop)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(30))
        {
            var call = fake.ConnectorCalls.FirstOrDefault(c => c.RequestMessage.Path.EndsWith("/" + messageId, StringComparison.Ordinal));
            if (call is not null)
            {
                return TeamsChannel.CardOf(TeamsChannel.Body(call));
            }

            await Task.Delay(20, stop);
        }

        throw new TimeoutException($"no card in reply to {messageId} among {fake.ConnectorCalls.Count} Connector calls");
    }

    private static string Stored(CardVerb verb) => verb switch
    {
        CardVerb.Claim => "claimed",
        CardVerb.Note => "noted",
        _ => "resolved",
    };

    private JsonObject Activity(string user, string? text)
    {
        var activity = Activities.Message(fake.ServiceUrl, text ?? "", "channel");
        if (text is null)
        {
            activity.Remove("text");
        }

        activity["id"] = "msg-" + Guid.NewGuid().ToString("N");
        activity["from"] = new JsonObject { ["id"] = "29:" + user.Replace(' ', '-'), ["name"] = user };
        activity["conversation"]!["id"] = _conversation;
        return activity;
    }

    private static HttpRequestMessage Post(JsonNode activity) => new(HttpMethod.Post, "api/messages")
    {
        Content = new StringContent(activity.ToJsonString(), Encoding.UTF8, "application/json"),
    };
}
