using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Host.Tests.Slack;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared.Slack;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// One host with Teams (auth on or off), Slack over HTTP and the web chat, its own SQLite file, a fake Connector and
/// a fake Slack Web API. <see cref="AssertNothingStoredOrSentAsync"/> proves a bad request left no trace: it sends one
/// good Teams message and one good Slack mention afterwards, waits for their replies (each channel answers in order),
/// and then expects exactly those two replies and only the sentinel's own row in the store.
/// </summary>
internal sealed class AbuseHost : IDisposable
{
    public const string AppId = "abcdef01-2345-6789-abcd-ef0123456789";

    private readonly TestKey _key = new("abuse-key", "msteams");
    private readonly string _database = TestDatabases.NewSqlitePath();
    private readonly Lazy<HttpClient> _client;
    private int _sentinels;

    /// <param name="teamsAuth">Teams inbound auth on (a Connector token is required).</param>
    /// <param name="kestrel">Serve over real sockets (Kestrel on a free loopback port) instead of the in-memory test server.</param>
    public AbuseHost(bool teamsAuth, bool kestrel = false)
    {
        Teams = new BotFrameworkFake(_key);
        Slack = new SlackWebApiFake();
        Minter = new TokenMinter(AppId, Teams.ServiceUrl);
        var settings = new Dictionary<string, string?>(SlackHostApp.Settings(Slack)) { ["Storage:SqlitePath"] = _database };
        if (teamsAuth)
        {
            settings["Teams:AppId"] = AppId;
            settings["Teams:OpenIdMetadataUrl"] = Teams.MetadataUrl;
        }

        App = new NdrBotApp(settings);
        if (kestrel)
        {
            App.UseKestrel(0);
        }

        _client = new(App.CreateClient);
        TeamsAuth = teamsAuth;
    }

    public bool TeamsAuth { get; }

    public BotFrameworkFake Teams { get; }

    public SlackWebApiFake Slack { get; }

    public TokenMinter Minter { get; }

    public NdrBotApp App { get; }

    public HttpClient Client => _client.Value;

    public string ValidToken() => Minter.Mint(_key.SecurityKey);

    public Microsoft.IdentityModel.Tokens.SecurityKey SigningKey => _key.SecurityKey;

    /// <summary>The store's row counts; starts the host first, since it creates and migrates the file at start.</summary>
    public Task<StoreRows> RowsAsync()
    {
        _ = Client;
        return StoreRows.ReadAsync(_database);
    }

    /// <summary>What the Connector and the Slack Web API have seen so far; pass it back to the assertion.</summary>
    public (int Connector, int Slack) Sent() => (Teams.ConnectorCalls.Count, SlackCalls());

    public async Task AssertNothingStoredOrSentAsync(StoreRows rowsBefore, (int Connector, int Slack) sentBefore)
    {
        var sentinel = Interlocked.Increment(ref _sentinels);
        using (var teams = TeamsMessage($"sentinel-{sentinel}", "help"))
        {
            using var response = await Client.SendAsync(teams);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        using (var slack = SignedSlackRequest.Create("/slack/events", SlackPayloads.AppMention($"EvSentinel{sentinel}", "help", ts: $"1700000000.{sentinel:D6}"), SignedSlackRequest.Json))
        {
            using var response = await Client.SendAsync(slack);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var connector = await Teams.WaitForConnectorCallsAsync(sentBefore.Connector + 1);
        await WaitUntilAsync(() => SlackCalls() > sentBefore.Slack);
        Assert.Equal(sentBefore.Connector + 1, connector.Count);
        Assert.Contains($"sentinel-{sentinel}", connector[^1].RequestMessage.Path, StringComparison.Ordinal);
        Assert.Equal(sentBefore.Slack + 1, SlackCalls());
        Assert.Equal(rowsBefore.Plus("seen_events", 1).ToString(), (await RowsAsync()).ToString());
    }

    /// <summary>A Teams message activity, with a good token when auth is on.</summary>
    public HttpRequestMessage TeamsMessage(string conversation, string text)
    {
        var activity = Activities.Message(Teams.ServiceUrl, text);
        activity["conversation"] = new JsonObject { ["id"] = conversation, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" };
        activity["id"] = "m-" + conversation;
        return TeamsAuth ? Activities.PostWithToken(activity, ValidToken()) : Activities.Post(activity);
    }

    /// <summary>A raw POST to <paramref name="route"/>; <paramref name="contentType"/> null sends no Content-Type.</summary>
    public static HttpRequestMessage Raw(string route, byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return new HttpRequestMessage(HttpMethod.Post, route) { Content = content };
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }

        App.Dispose();
        Teams.Dispose();
        Slack.Dispose();
        _key.Dispose();
        TestDatabases.DeleteSqlite(_database);
    }

    private static async Task WaitUntilAsync(Func<bool> done)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!done() && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(15))
        {
            await Task.Delay(25);
        }
    }

    private int SlackCalls() =>
        Slack.Server.LogEntries.Count(e => e.RequestMessage.Path.StartsWith("/api/chat.", StringComparison.Ordinal) || e.RequestMessage.Path.StartsWith("/hooks/", StringComparison.Ordinal));
}
