using System.Collections.Concurrent;
using NdrBot.Triage;

namespace NdrBot.Host.Tests.Slack;

/// <summary>An <see cref="ISeenEventStore"/> double (a set in memory) that records what it was asked.</summary>
internal sealed class RecordingSeenEventStore : ISeenEventStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Marked { get; } = new();

    public Task<bool> TryMarkEventSeenAsync(string eventId, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        Marked.Enqueue(eventId);
        return Task.FromResult(_seen.TryAdd(eventId, seenAt));
    }

    public Task ForgetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        _seen.TryRemove(eventId, out _);
        return Task.CompletedTask;
    }

    public Task<int> PurgeSeenEventsAsync(DateTimeOffset olderThan, CancellationToken cancellationToken = default)
    {
        var old = _seen.Where(p => p.Value < olderThan).Select(p => p.Key).ToList();
        return Task.FromResult(old.Count(id => _seen.TryRemove(id, out _)));
    }
}
