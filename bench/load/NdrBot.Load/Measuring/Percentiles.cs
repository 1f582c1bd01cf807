using System.Diagnostics;

namespace NdrBot.Load.Measuring;

/// <summary>Exact percentiles over the full sorted sample of latencies (Stopwatch ticks), in milliseconds.</summary>
internal sealed record Percentiles(double P50, double P90, double P99, double Max)
{
    public static readonly Percentiles Empty = new(0, 0, 0, 0);

    public static Percentiles Of(List<long> ticks)
    {
        ArgumentNullException.ThrowIfNull(ticks);
        if (ticks.Count == 0)
        {
            return Empty;
        }

        ticks.Sort();
        return new Percentiles(At(ticks, 0.50), At(ticks, 0.90), At(ticks, 0.99), Ms(ticks[^1]));
    }

    /// <summary>Nearest-rank: the smallest sample with at least <paramref name="p"/> of the samples at or below it.</summary>
    private static double At(List<long> sorted, double p) => Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)]);

    private static double Ms(long ticks) => Math.Round(ticks * 1000.0 / Stopwatch.Frequency, 2);
}
