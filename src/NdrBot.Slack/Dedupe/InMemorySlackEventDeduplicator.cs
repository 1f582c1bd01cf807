using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;

namespace NdrBot.Slack.Dedupe;

/// <summary>
/// A per-process seen-set: ids expire after <see cref="SlackOptions.DedupeWindow"/> and at most
/// <see cref="SlackOptions.DedupeCapacity"/> are kept (oldest dropped first), so memory stays bounded.
/// </summary>
internal sealed class InMemorySlackEventDeduplicator : ISlackEventDeduplicator
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private readonly Queue<(string Id, DateTimeOffset At)> _order = new();
    private readonly TimeProvider _time;
    private readonly TimeSpan _window;
    private readonly int _capacity;

    public InMemorySlackEventDeduplicator(IOptions<SlackOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _window = options.Value.DedupeWindow;
        _capacity = options.Value.DedupeCapacity;
    }

    public ValueTask<bool> TryMarkSeenAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            Expire(now);
            if (_seen.ContainsKey(eventId))
            {
                return ValueTask.FromResult(false);
            }

            while (_seen.Count >= _capacity && _order.TryDequeue(out var oldest))
            {
                _seen.Remove(oldest.Id);
            }

            _seen[eventId] = now;
            _order.Enqueue((eventId, now));
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask ForgetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        lock (_gate)
        {
            // Note: the id stays in the expiry queue; Expire then removes nothing, or a newer mark of the same id a
            // little early (an id is only marked again after a failure, so that costs no duplicate within reason).
            _seen.Remove(eventId);
        }

        return ValueTask.CompletedTask;
    }

    private void Expire(DateTimeOffset now)
    {
        while (_order.TryPeek(out var oldest) && now - oldest.At >= _window)
        {
            _order.Dequeue();
            _seen.Remove(oldest.Id);
        }
    }
}
