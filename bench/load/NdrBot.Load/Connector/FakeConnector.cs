using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace NdrBot.Load.Connector;

/// <summary>
/// A stand-in for the Bot Framework Connector on loopback: accepts <c>POST /v3/conversations/{id}/activities</c>
/// and <c>.../activities/{replyToId}</c> (and PUT for card updates), answers <c>{"id":"..."}</c>, and tells the
/// <see cref="ReplyTracker"/> what arrived.
/// </summary>
internal sealed class FakeConnector(ReplyTracker tracker) : IAsyncDisposable
{
    private static readonly byte[] AdaptiveCardType = "application/vnd.microsoft.card.adaptive"u8.ToArray();
    private WebApplication? _app;
    private long _ids;

    public Uri? BaseUrl { get; private set; }

    public async Task<Uri> StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Limits.MaxRequestBodySize = 1024 * 1024).UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.MapPost("/v3/conversations/{conversationId}/activities/{replyToId}", (HttpContext http, string replyToId) => AcceptAsync(http, replyToId));
        _app.MapPost("/v3/conversations/{conversationId}/activities", (HttpContext http) => AcceptAsync(http, null));
        _app.MapPut("/v3/conversations/{conversationId}/activities/{activityId}", (HttpContext http) => AcceptAsync(http, null));
        await _app.StartAsync(cancellationToken);
        BaseUrl = new Uri(_app.Urls.First() + "/");
        return BaseUrl;
    }

    private async Task AcceptAsync(HttpContext http, string? replyToId)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted);
        var hasCard = body.GetBuffer().AsSpan(0, (int)body.Length).IndexOf(AdaptiveCardType) >= 0;
        tracker.Received(replyToId, hasCard, Stopwatch.GetTimestamp());
        await http.Response.WriteAsJsonAsync(new ResourceResponse("fake-" + Interlocked.Increment(ref _ids).ToString(System.Globalization.CultureInfo.InvariantCulture)), http.RequestAborted);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
