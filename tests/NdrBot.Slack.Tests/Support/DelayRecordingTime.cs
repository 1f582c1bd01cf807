using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace NdrBot.Slack.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that also records every wait started through <c>Task.Delay(…, TimeProvider)</c>
/// (its timer's state is the delay task), so a test reads the delays code asked for and then moves the clock by them.
/// Timers of timeouts (a CancellationTokenSource's) are not waits and are not recorded.
/// </summary>
internal sealed class DelayRecordingTime(FakeTimeProvider clock) : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> _delays = new();

    public FakeTimeProvider Clock => clock;

    public IReadOnlyList<TimeSpan> Delays => [.. _delays];

    public override DateTimeOffset GetUtcNow() => clock.GetUtcNow();

    public override long GetTimestamp() => clock.GetTimestamp();

    public override long TimestampFrequency => clock.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => clock.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (state is Task)
        {
            _delays.Enqueue(dueTime);
        }

        return clock.CreateTimer(callback, state, dueTime, period);
    }

    /// <summary>Waits (bounded, in real time) until <paramref name="count"/> delays have been started; returns the last.</summary>
    public async Task<TimeSpan?> WaitForDelayAsync(int count, int timeoutSeconds = 15)
    {
        var started = System.GetTimestamp();
        while (_delays.Count < count && System.GetElapsedTime(started) < TimeSpan.FromSeconds(timeoutSeconds))
        {
            await Task.Delay(10);
        }

        return _delays.Count >= count ? Delays[count - 1] : null;
    }
}
