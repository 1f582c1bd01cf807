using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Processing;

namespace NdrBot.Slack.Queue;

/// <summary>Drains the <see cref="SlackWorkBacklog"/> a few items at a time; one failed item never stops the worker.</summary>
internal sealed class SlackWorker(SlackWorkBacklog queue, SlackInboundProcessor processor, SlackResponder responder, ILogger<SlackWorker> logger)
    : BackgroundService
{
    private const int Parallelism = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            async (item, ct) => await RunOneAsync(item, ct));

    private async Task RunOneAsync(SlackInbound item, CancellationToken cancellationToken)
    {
        try
        {
            await processor.ProcessAsync(item, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            Log.WorkFailed(logger, ex, item.GetType().Name);
            var target = item switch
            {
                SlackQuestion q => q.ReplyTo,
                SlackCardActionRequest a => a.ReplyTo with { Ephemeral = true },
                _ => null,
            };
            if (target is not null)
            {
                await responder.SendTextAsync(SlackMessages.Failed, target, cancellationToken);
            }
        }
    }
}
