using System.Collections.Concurrent;

namespace NdrBot.Load.Connector;

/// <summary>
/// Matches replies the fake connector receives to the activities the generator sent (by replyToId) and counts
/// everything else it receives. A sender registers before it posts, since a bot may reply before it answers 200.
/// </summary>
internal sealed class ReplyTracker
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ReplyReceipt>> _pending = new(StringComparer.Ordinal);
    private long _cardReplies;
    private long _otherReplies;
    private long _unmatched;

    public long CardReplies => Interlocked.Read(ref _cardReplies);

    /// <summary>Replies to a sent activity that carried no Adaptive Card.</summary>
    public long OtherReplies => Interlocked.Read(ref _otherReplies);

    /// <summary>Posts with no replyToId (typing indicators) or naming an activity nobody waits for.</summary>
    public long Unmatched => Interlocked.Read(ref _unmatched);

    public Task<ReplyReceipt> Expect(string activityId)
    {
        var source = new TaskCompletionSource<ReplyReceipt>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[activityId] = source;
        return source.Task;
    }

    public void Forget(string activityId) => _pending.TryRemove(activityId, out _);

    public void Received(string? replyToId, bool hasCard, long timestamp)
    {
        if (replyToId is null || !_pending.TryRemove(replyToId, out var source))
        {
            Interlocked.Increment(ref _unmatched);
            return;
        }

        Interlocked.Increment(ref hasCard ? ref _cardReplies : ref _otherReplies);
        source.TrySetResult(new ReplyReceipt(timestamp, hasCard));
    }
}
