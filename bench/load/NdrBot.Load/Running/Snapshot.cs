using System.Diagnostics;
using NdrBot.Load.Connector;
using NdrBot.Load.Measuring;

namespace NdrBot.Load.Running;

/// <summary>Counters read at the start and end of a measured window; the figures are the differences.</summary>
internal sealed record Snapshot(long Timestamp, double? ServerCpu, double GeneratorCpu, long CardReplies, long OtherPosts, double? LoadAverage)
{
    public static Snapshot Take(ProcessProbe? probe, ReplyTracker tracker)
    {
        ArgumentNullException.ThrowIfNull(tracker);
        var cpu = probe?.CpuSeconds();
        using var self = Process.GetCurrentProcess();
        return new Snapshot(
            Stopwatch.GetTimestamp(),
            cpu is { } c ? c.User + c.System : null,
            self.TotalProcessorTime.TotalSeconds,
            tracker.CardReplies,
            tracker.OtherReplies + tracker.Unmatched,
            Measuring.LoadAverage.OneMinute());
    }
}
