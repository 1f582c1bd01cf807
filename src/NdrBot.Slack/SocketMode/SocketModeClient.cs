using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.SocketMode;

/// <summary>
/// Slack Socket Mode (runs only when <c>Slack:AppToken</c> is set): apps.connections.open → WebSocket, wait for
/// <c>hello</c>, ack every envelope by <c>envelope_id</c> as soon as its work is queued (the answer comes later from
/// the worker), and on <c>disconnect</c> or a dropped socket open a fresh URL, backing off after failures.
/// </summary>
internal sealed class SocketModeClient(
    SlackWebClient web,
    SlackRequestHandler handler,
    IOptions<SlackOptions> slackOptions,
    SocketModeOptions options,
    TimeProvider time,
    ILogger<SocketModeClient> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!slackOptions.Value.SocketMode)
        {
            return;
        }

        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            var outcome = await RunConnectionAsync(stoppingToken);
            if (stoppingToken.IsCancellationRequested)
            {
                return;
            }

            failures = outcome.Ready ? 0 : failures + 1;
            var delay = outcome.Requested ? TimeSpan.Zero : Backoff(failures);
            Log.SocketRetry(logger, outcome.Reason, delay);
            await Task.Delay(delay, time, stoppingToken);
        }
    }

    private TimeSpan Backoff(int failures)
    {
        var seconds = options.FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Max(0, failures - 1));
        return TimeSpan.FromSeconds(Math.Min(seconds, options.MaxRetryDelay.TotalSeconds));
    }

    private async Task<ConnectionOutcome> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var open = await web.OpenConnectionAsync(cancellationToken);
        if (!open.Ok || !Uri.TryCreate(open.Url, UriKind.Absolute, out var url))
        {
            return new ConnectionOutcome(false, false, "apps.connections.open: " + (open.Error ?? "no url"));
        }

        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = options.KeepAliveInterval;
        socket.Options.KeepAliveTimeout = options.KeepAliveTimeout;
        var ready = false;
        try
        {
            await socket.ConnectAsync(url, cancellationToken);
            while (await SocketFrames.ReceiveAsync(socket, options.MaxMessageBytes, cancellationToken) is { } text)
            {
                switch (await HandleFrameAsync(socket, text, cancellationToken))
                {
                    case FrameResult.Hello:
                        ready = true;
                        Log.SocketReady(logger);
                        break;
                    case FrameResult.Disconnect:
                        await CloseQuietlyAsync(socket, cancellationToken);
                        return new ConnectionOutcome(ready, true, "disconnect requested");
                }
            }

            await CloseQuietlyAsync(socket, cancellationToken);
            return new ConnectionOutcome(ready, false, "closed by server");
        }
        catch (WebSocketException ex)
        {
            return new ConnectionOutcome(ready, false, ex.WebSocketErrorCode.ToString());
        }
        catch (HttpRequestException)
        {
            return new ConnectionOutcome(ready, false, "connect failed");
        }
    }

    private async Task<FrameResult> HandleFrameAsync(WebSocket socket, string text, CancellationToken cancellationToken)
    {
        using var frame = TryParse(text);
        if (frame is null || frame.RootElement.ValueKind != JsonValueKind.Object)
        {
            return FrameResult.Other;
        }

        var root = frame.RootElement;
        var type = root.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        if (type == "hello")
        {
            return FrameResult.Hello;
        }

        if (type == "disconnect")
        {
            Log.SocketDisconnect(logger, root.TryGetProperty("reason", out var r) ? r.ToString() : "unknown");
            return FrameResult.Disconnect;
        }

        if (!root.TryGetProperty("envelope_id", out var id) || id.ValueKind != JsonValueKind.String)
        {
            return FrameResult.Other;
        }

        var payload = root.TryGetProperty("payload", out var p) ? p : default;
        SlackAck ack;
        try
        {
            ack = type switch
            {
                "events_api" => await handler.HandleEventAsync(payload, cancellationToken),
                "slash_commands" => await handler.HandleCommandAsync(payload, cancellationToken),
                "interactive" => await handler.HandleInteractionAsync(payload, cancellationToken),
                _ => SlackAck.Empty,
            };
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Note: the HTTP endpoints answer 503 here (the store is down). Over the socket the envelope is left
            // unacknowledged (Slack resends events); an exception must not end the connection, and out of a hosted
            // service it would stop the whole host.
            Log.EnvelopeNotAcknowledged(logger, type, ex.GetType().Name, ex.Message);
            return FrameResult.Other;
        }

        await SocketFrames.SendAsync(socket, AckFrame(id.GetString()!, ack, root), cancellationToken);
        return FrameResult.Other;
    }

    private static JsonObject AckFrame(string envelopeId, SlackAck ack, JsonElement envelope)
    {
        var frame = new JsonObject { ["envelope_id"] = envelopeId };
        var accepts = envelope.TryGetProperty("accepts_response_payload", out var a) && a.ValueKind == JsonValueKind.True;
        if (accepts && ack.EphemeralText is { } text)
        {
            frame["payload"] = new JsonObject { ["response_type"] = "ephemeral", ["text"] = text };
        }

        return frame;
    }

    private static JsonDocument? TryParse(string text)
    {
        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task CloseQuietlyAsync(WebSocket socket, CancellationToken cancellationToken)
    {
        if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, cancellationToken);
            }
            catch (WebSocketException)
            {
                // Note: the server may already be gone; a new connection follows either way.
            }
        }
    }
}
