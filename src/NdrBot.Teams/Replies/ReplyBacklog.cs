using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace NdrBot.Teams.Replies;

/// <summary>The bounded queue between the messaging endpoint (which answers at once) and the reply worker.</summary>
public sealed class ReplyBacklog(IOptions<TeamsOptions> options)
{
    private readonly Channel<ReplyWork> _channel = Channel.CreateBounded<ReplyWork>(
        new BoundedChannelOptions(options.Value.ReplyBacklogCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>False when the queue is full; the caller refuses the activity rather than losing the reply silently.</summary>
    public bool TryEnqueue(ReplyWork work) => _channel.Writer.TryWrite(work);

    public IAsyncEnumerable<ReplyWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
