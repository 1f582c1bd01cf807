namespace NdrBot.Core.Checks.Dns;

/// <summary>
/// Keeps answers for their TTL (clamped), asks a question that several callers ask at once only once, and bounds
/// the lookups sent per minute. A failure is kept briefly so a resolver that is down is not asked again by every
/// case; each caller still stops waiting when its own token is cancelled. Each question and network lookup is
/// counted in <see cref="DnsCheckMetrics"/> when one is given.
/// </summary>
internal sealed class CachingDnsLookup(IDnsLookup inner, TimeProvider time, int maxLookupsPerMinute, int maxEntries = 4096, DnsCheckMetrics? metrics = null) : IDnsLookup
{
    public static readonly TimeSpan MinTtl = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan MaxTtl = TimeSpan.FromHours(1);
    public static readonly TimeSpan FailureTtl = TimeSpan.FromSeconds(15);

    private readonly Lock _gate = new();
    private readonly Dictionary<DnsQuery, (DnsAnswer Answer, DateTimeOffset Expires)> _cache = [];
    private readonly Dictionary<DnsQuery, Task<DnsAnswer>> _inFlight = [];
    private readonly LookupRateWindow _rate = new(maxLookupsPerMinute);

    public Task<DnsAnswer> LookupAsync(DnsQuery query, CancellationToken cancellationToken)
    {
        TaskCompletionSource<DnsAnswer> started;
        lock (_gate)
        {
            var now = time.GetUtcNow();
            if (_cache.TryGetValue(query, out var hit))
            {
                if (hit.Expires > now)
                {
                    metrics?.Asked(DnsCheckMetrics.FromCache);
                    return Task.FromResult(hit.Answer);
                }

                _cache.Remove(query);
            }

            if (_inFlight.TryGetValue(query, out var running))
            {
                metrics?.Asked(DnsCheckMetrics.FromInFlight);
                return running.WaitAsync(cancellationToken);
            }

            if (!_rate.TryTake(now))
            {
                metrics?.Asked(DnsCheckMetrics.FromLimit);
                return Task.FromResult(DnsAnswer.Failed("lookup limit per minute reached"));
            }

            started = new TaskCompletionSource<DnsAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight[query] = started.Task;
            metrics?.Asked(DnsCheckMetrics.FromNetwork);
        }

        _ = FetchAsync(query, started);
        return started.Task.WaitAsync(cancellationToken);
    }

    /// <summary>
    /// Note: the shared lookup is not tied to the first caller's token, so one caller giving up does not fail the
    /// others; the inner lookup ends by its own timeout.
    /// </summary>
    private async Task FetchAsync(DnsQuery query, TaskCompletionSource<DnsAnswer> started)
    {
        DnsAnswer answer;
        var sent = time.GetTimestamp();
        try
        {
            answer = await inner.LookupAsync(query, CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            answer = DnsAnswer.Failed("lookup error: " + ex.GetType().Name);
        }

        metrics?.LookedUp(time.GetElapsedTime(sent), answer.Status);

        lock (_gate)
        {
            _inFlight.Remove(query);
            Store(query, answer);
        }

        started.SetResult(answer);
    }

    private void Store(DnsQuery query, DnsAnswer answer)
    {
        var ttl = answer.Status == DnsStatus.Failed ? FailureTtl : TimeSpan.FromTicks(Math.Clamp(answer.Ttl.Ticks, MinTtl.Ticks, MaxTtl.Ticks));
        var now = time.GetUtcNow();
        if (_cache.Count >= maxEntries)
        {
            foreach (var stale in _cache.Where(e => e.Value.Expires <= now).Select(e => e.Key).ToList())
            {
                _cache.Remove(stale);
            }

            if (_cache.Count >= maxEntries)
            {
                _cache.Remove(_cache.MinBy(e => e.Value.Expires).Key);
            }
        }

        _cache[query] = (answer, now + ttl);
    }
}
