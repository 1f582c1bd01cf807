using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Dedupe;
using NdrBot.Triage;

namespace NdrBot.Host.Slack;

/// <summary>
/// Remembers Slack <c>event_id</c>s in the triage store, so a retried delivery is answered once across restarts
/// and replicas. Ids older than <see cref="SlackOptions.DedupeWindow"/> are purged now and then, on the request path
/// (one purge per <see cref="PurgeEvery"/> at most), so the table stays small without a separate job.
/// </summary>
internal sealed class StoreBackedSlackDeduplicator : ISlackEventDeduplicator
{
    public static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(10);

    private readonly ISeenEventStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private long _nextPurgeTicks;

    public StoreBackedSlackDeduplicator(ISeenEventStore store, IOptions<SlackOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _store = store;
        _time = time;
        _window = options.Value.DedupeWindow;
    }

    public async ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = _time.GetUtcNow();
        var first = await _store.TryMarkEventSeenAsync(eventId, now, cancellationToken);
        await PurgeIfDueAsync(now, cancellationToken);
        return first;
    }

    public async ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        await _store.ForgetEventAsync(eventId, cancellationToken);
    }

    private async Task PurgeIfDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref _nextPurgeTicks);
        if (now.UtcTicks < due || Interlocked.CompareExchange(ref _nextPurgeTicks, (now + PurgeEvery).UtcTicks, due) != due)
        {
            return;
        }

        await _store.PurgeSeenEventsAsync(now - _window, cancellationToken);
    }
}
