using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace NdrBot.Teams.Replies;

/// <summary>
/// Sends queued replies, <see cref="TeamsOptions.ReplyParallelism"/> at a time, so one throttled conversation does
/// not hold up the others.
/// </summary>
internal sealed class ReplyWorker(ReplyBacklog queue, Responder responder, IOptions<TeamsOptions> options, ILogger<ReplyWorker> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.ReplyParallelism, CancellationToken = stoppingToken },
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
