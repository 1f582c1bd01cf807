using System.Diagnostics;
using System.Net.Http.Headers;
using NdrBot.Load.Connector;
using NdrBot.Load.Measuring;
using NdrBot.Load.Mix;

namespace NdrBot.Load.Running;

/// <summary>
/// Start-up as a person sees it: from the server process's start until its first answered activity (the HTTP 200
/// and the card reply at the fake connector). Posts one code question every few milliseconds until one is answered.
/// </summary>
internal sealed class FirstAnswer(Uri target, MessageMix mix, ActivityWriter writer, ReplyTracker tracker)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    /// <summary>Seconds from the process start to its first answer, or null when it died or did not answer in time.</summary>
    public async Task<double?> MeasureAsync(ProcessProbe server, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, ConnectTimeout = TimeSpan.FromSeconds(1) }) { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        var code = mix.Sequence.First(m => m.Kind == MessageKind.Code);
        for (var n = 0L; Stopwatch.GetTimestamp() < deadline && server.IsAlive(); n++)
        {
            var id = $"first-{n}";
            var reply = tracker.Expect(id);
            try
            {
                using var content = new ByteArrayContent(writer.Write(id, code, n));
                content.Headers.ContentType = Json;
                using var response = await client.PostAsync(target, content, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    await reply.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
                    return server.SecondsSinceStart();
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or TimeoutException && !cancellationToken.IsCancellationRequested)
            {
                // Not listening yet (or not ready): try again shortly.
            }

            tracker.Forget(id);
            await Task.Delay(5, cancellationToken);
        }

        return null;
    }
}
