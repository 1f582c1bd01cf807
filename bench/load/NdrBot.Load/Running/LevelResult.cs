using NdrBot.Load.Measuring;

namespace NdrBot.Load.Running;

/// <summary>
/// The figures of one bot at one connection count over the measured window. Turn latency: from posting the
/// activity until both the HTTP answer and the reply at the connector arrived. Ack latency: the HTTP answer alone.
/// </summary>
internal sealed record LevelResult
{
    public required string Bot { get; init; }

    public required int Connections { get; init; }

    public required double Seconds { get; init; }

    public required long Turns { get; init; }

    public required double TurnsPerSecond { get; init; }

    public required Percentiles TurnMs { get; init; }

    public required Percentiles AckMs { get; init; }

    public required long HttpErrors { get; init; }

    public required long ReplyTimeouts { get; init; }

    public long Errors => HttpErrors + ReplyTimeouts;

    public double ErrorRate => Turns + Errors == 0 ? 0 : Math.Round((double)Errors / (Turns + Errors), 4);

    /// <summary>Replies with an Adaptive Card the connector matched to a sent activity in the window.</summary>
    public required long CardReplies { get; init; }

    public required long RepliesWithoutCard { get; init; }

    /// <summary>Other posts the connector received in the window (typing indicators, replies to nothing sent).</summary>
    public required long OtherPosts { get; init; }

    public required IReadOnlyDictionary<string, long> TurnsByKind { get; init; }

    /// <summary>Highest RSS sampled every 100 ms during the window; VmHWM is the process's peak since it started.</summary>
    public double? PeakRssMb { get; init; }

    public double? VmHwmMb { get; init; }

    /// <summary>The server's user+system CPU over the window, and per turn: steadier than wall time on a shared machine.</summary>
    public double? ServerCpuSeconds { get; init; }

    public double? ServerCpuMsPerTurn { get; init; }

    public required double GeneratorCpuSeconds { get; init; }

    public double? LoadAverageStart { get; init; }

    public double? LoadAverageEnd { get; init; }
}
