using System.Diagnostics;
using System.Net.Http.Headers;
using NdrBot.Load.Connector;
using NdrBot.Load.Mix;

namespace NdrBot.Load.Running;

/// <summary>
/// One connection's closed loop, like a person asking and waiting: post a message activity, wait for the HTTP
/// answer and for the reply at the fake connector, then post the next. A turn counts as done when both arrived;
/// a 200 whose reply never comes within the timeout is an error.
/// </summary>
internal sealed class Conversation(HttpClient client, Uri target, MessageMix mix, ActivityWriter writer, ReplyTracker tracker, string runTag, TimeSpan replyTimeout)
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public async Task<Tally> RunAsync(long deadline, CancellationToken cancellationToken)
    {
        var tally = new Tally();
        while (Stopwatch.GetTimestamp() < deadline && !cancellationToken.IsCancellationRequested)
        {
            await TurnAsync(tally, cancellationToken);
        }

        return tally;
    }

    private async Task TurnAsync(Tally tally, CancellationToken cancellationToken)
    {
        var (message, number) = mix.Next();
        var id = $"{runTag}-{number}";
        var reply = tracker.Expect(id);
        using var content = new ByteArrayContent(writer.Write(id, message, number));
        content.Headers.ContentType = Json;
        var started = Stopwatch.GetTimestamp();
        long acked;
        try
        {
            using var response = await client.PostAsync(target, content, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
            acked = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode)
            {
                tally.HttpErrors++;
                tracker.Forget(id);
                return;
            }
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            tally.HttpErrors++;
            tracker.Forget(id);
            return;
        }

        ReplyReceipt receipt;
        try
        {
            receipt = await reply.WaitAsync(replyTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            tally.ReplyTimeouts++;
            tracker.Forget(id);
            return;
        }

        tally.Ok++;
        tally.RepliesWithoutCard += receipt.HasCard ? 0 : 1;
        tally.ByKind[message.Kind] = tally.ByKind.GetValueOrDefault(message.Kind) + 1;
        tally.Ack.Add(acked - started);
        tally.Turn.Add(Math.Max(acked, receipt.Timestamp) - started);
    }
}
