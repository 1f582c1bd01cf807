using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace NdrBot.Slack.Tests.SocketMode;

/// <summary>
/// A local stand-in for Slack in Socket Mode (Kestrel on a free loopback port): apps.connections.open hands out
/// <c>ws://…/ws/N</c>, each WebSocket connection runs the script the test gives it, and chat.postMessage is recorded.
/// </summary>
internal sealed class FakeSocketModeServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _opens;

    private FakeSocketModeServer(WebApplication app) => _app = app;

    public int Opens => Volatile.Read(ref _opens);

    public ConcurrentQueue<JsonObject> Posts { get; } = new();

    public ConcurrentQueue<string> AuthorizationHeaders { get; } = new();

    public static async Task<FakeSocketModeServer> StartAsync(Func<int, WebSocket, Task> script)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeSocketModeServer(app);
        app.UseWebSockets();
        app.MapPost("/api/apps.connections.open", (HttpContext context) =>
        {
            server.AuthorizationHeaders.Enqueue(context.Request.Headers.Authorization.ToString());
            var n = Interlocked.Increment(ref server._opens);
            return Results.Text($$"""{"ok":true,"url":"{{server.BaseUrl.Replace("http", "ws", StringComparison.Ordinal)}}ws/{{n}}"}""", "application/json");
        });
        app.MapPost("/api/chat.postMessage", async (HttpContext context) =>
        {
            server.Posts.Enqueue(JsonNode.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync())!.AsObject());
            return Results.Text("""{"ok":true,"ts":"9.9","channel":"C1"}""", "application/json");
        });
        app.Map("/ws/{n:int}", async (HttpContext context, int n) =>
        {
            using var socket = await context.WebSockets.AcceptWebSocketAsync();
            await script(n, socket);
        });
        await app.StartAsync();
        return server;
    }

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public static Task SendAsync(WebSocket socket, string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public static async Task<JsonObject?> ReceiveAsync(WebSocket socket)
    {
        var buffer = new byte[64 * 1024];
        var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
        return result.MessageType == WebSocketMessageType.Close ? null : JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
