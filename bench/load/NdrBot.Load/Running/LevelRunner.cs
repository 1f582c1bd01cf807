using System.Diagnostics;
using NdrBot.Load.Connector;
using NdrBot.Load.Measuring;
using NdrBot.Load.Mix;

namespace NdrBot.Load.Running;

/// <summary>Runs one bot at one connection count: warm-up (discarded), then the measured window.</summary>
internal sealed class LevelRunner(LoadOptions options, MessageMix mix, ActivityWriter writer, ReplyTracker tracker)
{
    public async Task<LevelResult> RunAsync(int connections, CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            UseProxy = false,
            UseCookies = false,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        })
        { Timeout = options.ReplyTimeout };
        var tag = $"{options.Bot}-{connections}";
        await RunPhaseAsync(client, connections, tag + "w", options.WarmUp, cancellationToken);

        var probe = options.Pid > 0 ? new ProcessProbe(options.Pid) : null;
        var before = Snapshot.Take(probe, tracker);
        Tally tally;
        double? peakRss;
        await using (var sampler = probe is null ? null : new RssSampler(probe))
        {
            tally = await RunPhaseAsync(client, connections, tag, options.Duration, cancellationToken);
            peakRss = sampler?.MaxMb;
        }

        return Measure(connections, tally, before, Snapshot.Take(probe, tracker), peakRss, probe);
    }

    private async Task<Tally> RunPhaseAsync(HttpClient client, int connections, string tag, TimeSpan length, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var conversations = Enumerable.Range(0, connections)
            .Select(_ => new Conversation(client, options.Target, mix, writer, tracker, tag, options.ReplyTimeout).RunAsync(deadline, cancellationToken));
        return Tally.Merge(await Task.WhenAll(conversations));
    }

    private LevelResult Measure(int connections, Tally tally, Snapshot before, Snapshot after, double? peakRss, ProcessProbe? probe)
    {
        var seconds = Stopwatch.GetElapsedTime(before.Timestamp, after.Timestamp).TotalSeconds;
        var serverCpu = after.ServerCpu - before.ServerCpu;
        return new LevelResult
        {
            Bot = options.Bot,
            Connections = connections,
            Seconds = Math.Round(seconds, 2),
            Turns = tally.Ok,
            TurnsPerSecond = Math.Round(tally.Ok / seconds, 1),
            TurnMs = Percentiles.Of(tally.Turn),
            AckMs = Percentiles.Of(tally.Ack),
            HttpErrors = tally.HttpErrors,
            ReplyTimeouts = tally.ReplyTimeouts,
            CardReplies = after.CardReplies - before.CardReplies,
            RepliesWithoutCard = tally.RepliesWithoutCard,
            OtherPosts = after.OtherPosts - before.OtherPosts,
            TurnsByKind = tally.ByKind.ToDictionary(kv => kv.Key.ToString(), kv => kv.Value),
            PeakRssMb = peakRss,
            VmHwmMb = probe?.PeakRssKiB() is { } hwm ? Math.Round(hwm / 1024.0, 1) : null,
            ServerCpuSeconds = serverCpu is { } cpu ? Math.Round(cpu, 2) : null,
            ServerCpuMsPerTurn = serverCpu is { } c && tally.Ok > 0 ? Math.Round(c * 1000 / tally.Ok, 3) : null,
            GeneratorCpuSeconds = Math.Round(after.GeneratorCpu - before.GeneratorCpu, 2),
            LoadAverageStart = before.LoadAverage,
            LoadAverageEnd = after.LoadAverage,
        };
    }
}
