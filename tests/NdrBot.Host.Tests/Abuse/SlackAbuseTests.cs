using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Slack;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Issue 9, HTTP abuse of the Slack endpoints: unsigned, mis-signed, stale or future requests are 401; too big is
/// 413; a body in a type Slack does not use for the route is 415 (after the signature); signed bodies NdrBot cannot
/// use (malformed, deep, unknown types, missing fields) are acknowledged with 200, as Slack wants, and ignored. A
/// replayed request (same body, timestamp and signature) is acknowledged and not answered twice. In every case
/// nothing is stored and nothing reaches the Slack Web API or a response_url.
/// </summary>
public sealed class SlackAbuseTests(SlackAbuseTests.Host host) : IClassFixture<SlackAbuseTests.Host>
{
    private const string Events = "/slack/events";
    private const string Commands = "/slack/commands";
    private const string Interactions = "/slack/interactions";

    public static TheoryData<string, HttpStatusCode> Cases() => new()
    {
        { "events-unsigned", HttpStatusCode.Unauthorized },
        { "events-wrong-secret", HttpStatusCode.Unauthorized },
        { "events-six-minutes-old", HttpStatusCode.Unauthorized },
        { "events-six-minutes-ahead", HttpStatusCode.Unauthorized },
        { "events-oversized", HttpStatusCode.RequestEntityTooLarge },
        { "events-oversized-chunked", HttpStatusCode.RequestEntityTooLarge },
        { "events-as-form", HttpStatusCode.UnsupportedMediaType },
        { "events-as-text", HttpStatusCode.UnsupportedMediaType },
        { "events-malformed-json", HttpStatusCode.OK },
        { "events-empty-body", HttpStatusCode.OK },
        { "events-nested-10000", HttpStatusCode.OK },
        { "events-event-null", HttpStatusCode.OK },
        { "events-event-string", HttpStatusCode.OK },
        { "events-mention-without-channel", HttpStatusCode.OK },
        { "events-unknown-event-type", HttpStatusCode.OK },
        { "events-unknown-envelope-type", HttpStatusCode.OK },
        { "events-huge-string-in-unknown-event", HttpStatusCode.OK },
        { "commands-unsigned", HttpStatusCode.Unauthorized },
        { "commands-as-json", HttpStatusCode.UnsupportedMediaType },
        { "commands-empty-form", HttpStatusCode.OK },
        { "commands-without-response-url", HttpStatusCode.OK },
        { "commands-oversized", HttpStatusCode.RequestEntityTooLarge },
        { "interactions-unsigned", HttpStatusCode.Unauthorized },
        { "interactions-as-json", HttpStatusCode.UnsupportedMediaType },
        { "interactions-payload-not-json", HttpStatusCode.OK },
        { "interactions-no-payload", HttpStatusCode.OK },
        { "interactions-payload-nested-10000", HttpStatusCode.OK },
        { "interactions-foreign-button", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadRequest_GetsItsStatusAndLeavesNoTrace(string kind, HttpStatusCode expected)
    {
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();
        using var request = Build(kind);

        using var response = await host.Abuse.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    public static TheoryData<string> Replays() => ["event", "command", "interaction"];

    /// <summary>The first delivery is answered (one reply, one remembered id); the replay adds nothing.</summary>
    [Theory]
    [MemberData(nameof(Replays))]
    public async Task Post_SameSignedRequestTwice_IsAnsweredOnce(string kind)
    {
        var id = Guid.NewGuid().ToString("N");
        var (route, body, type) = kind switch
        {
            "event" => (Events, SlackPayloads.AppMention("Ev" + id, "help", ts: "1700000000.000900"), SignedSlackRequest.Json),
            "command" => (Commands, SlackPayloads.Command("help", host.Abuse.Slack.Hook("replay")).Replace("trigger_id=1.2.3", "trigger_id=" + id, StringComparison.Ordinal), SignedSlackRequest.Form),
            _ => (Interactions, Interaction(id), SignedSlackRequest.Form),
        };
        using var first = SignedSlackRequest.Create(route, body, type);
        using var replay = await CopyAsync(first);
        using (var response = await host.Abuse.Client.SendAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        await WaitForSlackCallsAsync(1);
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();

        using var again = await host.Abuse.Client.SendAsync(replay);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    private HttpRequestMessage Build(string kind)
    {
        var hook = host.Abuse.Slack.Hook("abuse");
        var mention = SlackPayloads.AppMention("Ev" + kind, "550 5.1.1 explain");
        var command = SlackPayloads.Command("550 5.1.1", hook).Replace("trigger_id=1.2.3", "trigger_id=abuse-" + kind, StringComparison.Ordinal);
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);
        return kind switch
        {
            "events-unsigned" => SignedSlackRequest.Unsigned(Events, Encoding.UTF8.GetBytes(mention), SignedSlackRequest.Json),
            "events-wrong-secret" => SignedSlackRequest.Create(Events, mention, SignedSlackRequest.Json, secret: "not-the-signing-secret"),
            "events-six-minutes-old" => SignedSlackRequest.Create(Events, mention, SignedSlackRequest.Json, age: TimeSpan.FromMinutes(6)),
            "events-six-minutes-ahead" => SignedSlackRequest.Create(Events, mention, SignedSlackRequest.Json, age: TimeSpan.FromMinutes(-6)),
            "events-oversized" => SignedSlackRequest.Create(Events, SlackPayloads.AppMention("EvBig", new string('x', 300 * 1024)), SignedSlackRequest.Json),
            "events-oversized-chunked" => Chunked(SignedSlackRequest.Create(Events, SlackPayloads.AppMention("EvBigChunked", new string('x', 300 * 1024)), SignedSlackRequest.Json)),
            "events-as-form" => SignedSlackRequest.Create(Events, mention, SignedSlackRequest.Form),
            "events-as-text" => SignedSlackRequest.Create(Events, mention, "text/plain"),
            "events-malformed-json" => SignedSlackRequest.Create(Events, mention[..^10], SignedSlackRequest.Json),
            "events-empty-body" => SignedSlackRequest.Create(Events, "", SignedSlackRequest.Json),
            "events-nested-10000" => SignedSlackRequest.Create(Events, deep, SignedSlackRequest.Json),
            "events-event-null" => SignedSlackRequest.Create(Events, With(mention, "event", null), SignedSlackRequest.Json),
            "events-event-string" => SignedSlackRequest.Create(Events, With(mention, "event", "app_mention"), SignedSlackRequest.Json),
            "events-mention-without-channel" => SignedSlackRequest.Create(Events, WithEvent(mention, "channel", null), SignedSlackRequest.Json),
            "events-unknown-event-type" => SignedSlackRequest.Create(Events, WithEvent(mention, "type", "reaction_added"), SignedSlackRequest.Json),
            "events-unknown-envelope-type" => SignedSlackRequest.Create(Events, With(mention, "type", "app_rate_limited"), SignedSlackRequest.Json),
            "events-huge-string-in-unknown-event" => SignedSlackRequest.Create(Events, WithEvent(WithEvent(mention, "type", "file_shared"), "text", new string('z', 200 * 1024)), SignedSlackRequest.Json),
            "commands-unsigned" => SignedSlackRequest.Unsigned(Commands, Encoding.UTF8.GetBytes(command), SignedSlackRequest.Form),
            "commands-as-json" => SignedSlackRequest.Create(Commands, """{"command":"/ndr","text":"550","channel_id":"C1"}""", SignedSlackRequest.Json),
            "commands-empty-form" => SignedSlackRequest.Create(Commands, "", SignedSlackRequest.Form),
            "commands-without-response-url" => SignedSlackRequest.Create(Commands, "command=%2Fndr&text=550&channel_id=C1&user_id=U1&trigger_id=abuse-no-url", SignedSlackRequest.Form),
            "commands-oversized" => SignedSlackRequest.Create(Commands, command + "&text2=" + new string('x', 300 * 1024), SignedSlackRequest.Form),
            "interactions-unsigned" => SignedSlackRequest.Unsigned(Interactions, Encoding.UTF8.GetBytes(Interaction("unsigned")), SignedSlackRequest.Form),
            "interactions-as-json" => SignedSlackRequest.Create(Interactions, Uri.UnescapeDataString(Interaction("json")["payload=".Length..]), SignedSlackRequest.Json),
            "interactions-payload-not-json" => SignedSlackRequest.Create(Interactions, "payload=%7Bnot+json", SignedSlackRequest.Form),
            "interactions-no-payload" => SignedSlackRequest.Create(Interactions, "type=block_actions&trigger_id=x", SignedSlackRequest.Form),
            "interactions-payload-nested-10000" => SignedSlackRequest.Create(Interactions, "payload=" + Uri.EscapeDataString(deep), SignedSlackRequest.Form),
            "interactions-foreign-button" => SignedSlackRequest.Create(Interactions, SlackPayloads.ButtonClick("approve", hook), SignedSlackRequest.Form),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
    }

    /// <summary>A Claim click on a case that does not exist: answered (a short reply), with a trigger_id of its own.</summary>
    private string Interaction(string id) =>
        SlackPayloads.ButtonClick(new CardAction { Verb = CardVerb.Claim, CaseId = "C-NOPE" }.ToSlackValue(), host.Abuse.Slack.Hook("click"))
            .Replace("1.2.3", id, StringComparison.Ordinal);

    private static string With(string json, string field, JsonNode? value)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node[field] = value;
        return node.ToJsonString();
    }

    private static string WithEvent(string json, string field, JsonNode? value)
    {
        var node = JsonNode.Parse(json)!.AsObject();
        node["event"]![field] = value;
        return node.ToJsonString();
    }

    private static HttpRequestMessage Chunked(HttpRequestMessage signed)
    {
        var body = signed.Content!.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var content = new StreamContent(new NoLengthStream(body));
        content.Headers.ContentType = signed.Content.Headers.ContentType;
        var request = new HttpRequestMessage(HttpMethod.Post, signed.RequestUri) { Content = content };
        foreach (var header in signed.Headers)
        {
            request.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        request.Headers.TransferEncodingChunked = true;
        signed.Dispose();
        return request;
    }

    private static async Task<HttpRequestMessage> CopyAsync(HttpRequestMessage request)
    {
        var content = new ByteArrayContent(await request.Content!.ReadAsByteArrayAsync());
        content.Headers.ContentType = request.Content.Headers.ContentType;
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Content = content };
        foreach (var header in request.Headers)
        {
            copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        return copy;
    }

    private async Task WaitForSlackCallsAsync(int count)
    {
        var started = TimeProvider.System.GetTimestamp();
        var before = host.Abuse.Sent().Slack;
        while (host.Abuse.Sent().Slack < before + count && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(25);
        }
    }

    /// <summary>The host for this class: Slack over HTTP, Teams in local-dev mode (for the sentinel).</summary>
    public sealed class Host : IDisposable
    {
        internal AbuseHost Abuse { get; } = new(teamsAuth: false);

        public void Dispose() => Abuse.Dispose();
    }
}
