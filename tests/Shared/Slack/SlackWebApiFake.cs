using System.Text.Json.Nodes;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace NdrBot.Tests.Shared.Slack;

/// <summary>
/// WireMock standing in for Slack: the Web API under <c>/api/</c> (every chat.* call answers ok) and
/// <c>response_url</c> hooks under <c>/hooks/</c>. Every call the bot makes is in <see cref="Calls"/>. Shared by
/// the Slack and host tests; a test overrides an answer with a mapping of higher priority.
/// </summary>
internal sealed class SlackWebApiFake : IDisposable
{
    /// <summary>The <c>ts</c> every chat.* call answers with (the posted message's id).</summary>
    public const string PostedTs = "1700000001.000200";

    public SlackWebApiFake()
    {
        Server = WireMockServer.Start();
        foreach (var method in new[] { "chat.postMessage", "chat.update", "chat.postEphemeral" })
        {
            Server.Given(Request.Create().WithPath("/api/" + method).UsingPost()).AtPriority(100)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody($$"""{"ok":true,"channel":"C1","ts":"{{PostedTs}}"}"""));
        }

        // Note: no WebSocket here, so a Socket Mode client gets a clean refusal and backs off.
        Server.Given(Request.Create().WithPath("/api/apps.connections.open").UsingPost()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                .WithBody("""{"ok":false,"error":"not_allowed_in_test"}"""));
        Server.Given(Request.Create().WithPath("/hooks/*").UsingPost()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    public WireMockServer Server { get; }

    public Uri ApiBaseUrl => new(Server.Url! + "/api/");

    public Uri Hook(string name) => new(Server.Url! + "/hooks/" + name);

    public IReadOnlyList<ILogEntry> Calls(string path) =>
        [.. Server.LogEntries.Where(e => e.RequestMessage.Path == path)];

    /// <summary>Waits (bounded, polling) until <paramref name="path"/> has <paramref name="count"/> calls; returns them.</summary>
    public async Task<IReadOnlyList<ILogEntry>> WaitForCallsAsync(string path, int count = 1, int timeoutSeconds = 15)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (Calls(path).Count < count && TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(timeoutSeconds))
        {
            await Task.Delay(25);
        }

        return Calls(path);
    }

    public static JsonObject Body(ILogEntry call) => JsonNode.Parse(call.RequestMessage.Body!)!.AsObject();

    public void Dispose() => Server.Stop();
}
