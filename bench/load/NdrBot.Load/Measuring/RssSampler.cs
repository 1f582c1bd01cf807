namespace NdrBot.Load.Measuring;

/// <summary>Samples a process's RSS every 100 ms until disposed and keeps the highest value.</summary>
internal sealed class RssSampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _maxKiB;

    public RssSampler(ProcessProbe probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        _loop = SampleAsync(probe, _stop.Token);
    }

    public double? MaxMb => _maxKiB == 0 ? null : Math.Round(_maxKiB / 1024.0, 1);

    private async Task SampleAsync(ProcessProbe probe, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            _maxKiB = Math.Max(_maxKiB, probe.RssKiB() ?? 0);
        }
        while (await WaitAsync(timer, cancellationToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
