using System.ComponentModel.DataAnnotations;

namespace NdrBot.Host.Delivery;

/// <summary>
/// The <c>Outbox</c> section: how the outbox worker drains replies that failed after the HTTP client's own retries.
/// Attempt n waits <see cref="FirstRetryDelay"/> × 2^(n-1), at most <see cref="MaxRetryDelay"/>; after
/// <see cref="MaxAttempts"/> failed attempts the reply is marked dead (and logged).
/// </summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>How often an idle worker looks for due replies.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    [Range(1, 1_000)]
    public int BatchSize { get; set; } = 10;

    /// <summary>
    /// How long a taken reply stays hidden from other replicas. Longer than one send with all its retries (the
    /// HTTP clients give up after 60 s), so a reply is sent twice only when its replica died mid-send.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.010", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>The wait after failed attempt <paramref name="attempts"/> (1-based).</summary>
    public TimeSpan RetryDelay(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = FirstRetryDelay * factor;
        return delay > MaxRetryDelay ? MaxRetryDelay : delay;
    }
}
