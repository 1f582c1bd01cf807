using System.Threading.Channels;
using Microsoft.Extensions.Options;
using NdrBot.Slack.Configuration;
using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Queue;

/// <summary>
/// The bounded hand-off between the 3-second ack and the real work. <see cref="TryEnqueue"/> never blocks: when the
/// queue is full the caller answers "busy, try again" instead of dropping the request silently.
/// </summary>
public sealed class SlackWorkBacklog
{
    private readonly Channel<SlackInbound> _channel;

    public SlackWorkBacklog(IOptions<SlackOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _channel = Channel.CreateBounded<SlackInbound>(new BoundedChannelOptions(options.Value.QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = false,
            SingleWriter = false,
        });
    }

    /// <summary>Items waiting (for health checks and tests).</summary>
    public int Count => _channel.Reader.Count;

    public bool TryEnqueue(SlackInbound item) => _channel.Writer.TryWrite(item);

    public IAsyncEnumerable<SlackInbound> ReadAllAsync(CancellationToken cancellationToken) =>
        _channel.Reader.ReadAllAsync(cancellationToken);
}
