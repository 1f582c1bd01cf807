using System.Text.Json.Nodes;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace NdrBot.Slack.Tests.Support;

/// <summary>Slack's Web API faked with WireMock: every chat.* call answers ok unless a test says otherwise.</summary>
internal sealed class SlackFake : IDisposable
{
    public SlackFake()
    {
        Server = WireMockServer.Start();
        foreach (var method in new[] { "chat.postMessage", "chat.update", "chat.postEphemeral" })
        {
            Server.Given(Request.Create().WithPath("/api/" + method).UsingPost())
                .AtPriority(100)
                .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json")
                    .WithBody("""{"ok":true,"channel":"C1","ts":"1700000000.000100"}"""));
        }

        Server.Given(Request.Create().WithPath("/hooks/*").UsingPost()).AtPriority(100)
            .RespondWith(Response.Create().WithStatusCode(200).WithBody("ok"));
    }

    public WireMockServer Server { get; }

    public Uri ApiBaseUrl => new(Server.Url! + "/api/");

    public Uri Hook(string name) => new(Server.Url! + "/hooks/" + name);

    public IReadOnlyList<ILogEntry> Calls(string path) =>
        Server.LogEntries.Where(e => e.RequestMessage.Path == path).ToList();

    public static JsonObject Body(ILogEntry call) => JsonNode.Parse(call.RequestMessage.Body!)!.AsObject();

    public void Dispose() => Server.Stop();
}
