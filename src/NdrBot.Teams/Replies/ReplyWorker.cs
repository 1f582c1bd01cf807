using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace NdrBot.Teams.Replies;

/// <summary>Sends queued replies, a few at a time, so one throttled conversation does not hold up the others.</summary>
internal sealed class ReplyWorker(ReplyBacklog queue, Responder responder, ILogger<ReplyWorker> logger) : BackgroundService
{
    private const int Parallelism = 4;

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = stoppingToken },
            async (work, cancellationToken) =>
            {
                try
                {
                    await responder.RespondAsync(work, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    Log.ReplyFailed(logger, ex, work.Inbound.Id);
                }
            });
}
