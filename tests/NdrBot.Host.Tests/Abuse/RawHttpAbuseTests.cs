using System.Text;
using System.Text.Json.Nodes;
using NdrBot.Host.Tests.Support;

namespace NdrBot.Host.Tests.Abuse;

/// <summary>
/// Issue 9, HTTP abuse over real sockets (Kestrel): oversized bodies with and without a Content-Length, chunked past
/// the limit, and a Content-Length that lies in either direction. Each gets a 4xx (or, for a client that gives up mid-body, a dropped connection), never a 500, and leaves no trace.
/// </summary>
public sealed class RawHttpAbuseTests(RawHttpAbuseTests.Host host) : IClassFixture<RawHttpAbuseTests.Host>
{
    public static TheoryData<string, string, int> Cases()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var route in new[] { "/api/messages", "/api/webchat" })
        {
            data.Add(route, "announced-10-mb", 413);
            data.Add(route, "chunked-300-kb", 413);
            data.Add(route, "length-says-less", 400);
            // Note: a client that stops mid-body and closes has abandoned its request; Kestrel drops the connection.
            data.Add(route, "length-says-more-then-close", RawHttp.Dropped);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Post_BadFraming_IsRefusedAndLeavesNoTrace(string route, string kind, int expected)
    {
        var rows = await host.Abuse.RowsAsync();
        var sent = host.Abuse.Sent();
        var server = host.Abuse.Client.BaseAddress!;
        var json = Encoding.UTF8.GetBytes(Body(route, new string('x', 300 * 1024)));
        var small = Encoding.UTF8.GetBytes(Body(route, "550 5.1.1"));

        var status = kind switch
        {
            "announced-10-mb" => await RawHttp.SendAsync(server, RawHttp.Head(server, route, "application/json", "Content-Length: 10485760\r\n"), [], closeAfterSending: false),
            "chunked-300-kb" => await RawHttp.SendAsync(server, RawHttp.Head(server, route, "application/json", "Transfer-Encoding: chunked\r\n"), RawHttp.Chunks(json), closeAfterSending: false),
            "length-says-less" => await RawHttp.SendAsync(server, RawHttp.Head(server, route, "application/json", "Content-Length: 12\r\n"), small, closeAfterSending: false),
            "length-says-more-then-close" => await RawHttp.SendAsync(server, RawHttp.Head(server, route, "application/json", $"Content-Length: {small.Length + 1000}\r\n"), small, closeAfterSending: true),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        Assert.Equal(expected, status);
        await host.Abuse.AssertNothingStoredOrSentAsync(rows, sent);
    }

    private string Body(string route, string text) => route == "/api/webchat"
        ? new JsonObject { ["text"] = text }.ToJsonString()
        : Activities.Message(host.Abuse.Teams.ServiceUrl, text, "channel").ToJsonString();

    /// <summary>The host for this class, on Kestrel, Teams in local-dev mode (loopback callers).</summary>
    public sealed class Host : IDisposable
    {
        internal AbuseHost Abuse { get; } = new(teamsAuth: false, kestrel: true);

        public void Dispose() => Abuse.Dispose();
    }
}
