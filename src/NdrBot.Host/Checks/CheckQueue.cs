using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace NdrBot.Host.Checks;

/// <summary>The bounded queue between answering (which never waits for DNS) and the <see cref="CheckWorker"/>.</summary>
internal sealed class CheckQueue(IOptions<CheckQueueOptions> options)
{
    private readonly Channel<CheckWork> _channel = Channel.CreateBounded<CheckWork>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    /// <summary>False when the queue is full: the answer then goes out without checks.</summary>
    public bool TryEnqueue(CheckWork work) => _channel.Writer.TryWrite(work);

    public int Count => _channel.Reader.Count;

    public IAsyncEnumerable<CheckWork> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
