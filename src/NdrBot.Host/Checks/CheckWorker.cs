using Microsoft.Extensions.Options;
using NdrBot.Core.Checks;
using NdrBot.Triage;

namespace NdrBot.Host.Checks;

/// <summary>
/// Runs queued answers' checks (<see cref="CheckQueueOptions.Parallelism"/> answers at a time, each within the
/// settings' budget), stores each report with its case, and updates the cards whose checks are ready. Never on a
/// request's path: answers went out before their checks started.
/// </summary>
internal sealed class CheckWorker(
    CheckQueue queue,
    CheckRuns runs,
    LiveChecks checks,
    ICaseChecksStore store,
    CheckCardUpdater cards,
    IOptions<CheckQueueOptions> options,
    ILogger<CheckWorker> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(CheckAllAsync(stoppingToken), UpdateAllAsync(stoppingToken));

    private Task CheckAllAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            queue.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = stoppingToken },
            async (work, cancellationToken) =>
            {
                try
                {
                    await CheckAsync(work, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    ChecksLog.Failed(logger, ex, work.Run.CaseId);
                }

                // Note: done either way, so the card loses its "checking" line even when nothing could be stored.
                if (!runs.Finished(work.Run))
                {
                    ChecksLog.ReadyFull(logger, work.Run.CaseId);
                }
            });

    private async Task CheckAsync(CheckWork work, CancellationToken cancellationToken)
    {
        var report = await checks.CheckAsync(work.Explanation, work.Text, cancellationToken);
        var all = report.Distinct();
        ChecksLog.Checked(logger, work.Run.CaseId, all.Count, all.Count(c => c.Verdict == CheckVerdict.CouldNotCheck), report.Complete);
        if (!await store.SaveChecksAsync(work.Run.CaseId, StoredChecks.ToJson(report), cancellationToken))
        {
            ChecksLog.NotStored(logger, work.Run.CaseId);
        }
    }

    private Task UpdateAllAsync(CancellationToken stoppingToken) =>
        Parallel.ForEachAsync(
            runs.Ready.ReadAllAsync(stoppingToken),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = stoppingToken },
            async (ready, cancellationToken) =>
            {
                try
                {
                    await cards.UpdateAsync(ready.Run.CaseId, ready.Card, cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    ChecksLog.UpdateFailed(logger, ex, ready.Run.CaseId);
                }
            });
}
