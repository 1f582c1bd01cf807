using System.Data.Common;
using Microsoft.Extensions.Options;
using NdrBot.Triage;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Delivery;

/// <summary>
/// Drains the outbox: takes due replies under a lease (so two replicas never send the same one), sends each, and
/// marks it done, due again after a backoff, or dead after <see cref="OutboxOptions.MaxAttempts"/>. A store that is
/// down only delays the next round.
/// </summary>
internal sealed class OutboxWorker(
    IOutboxStore store, OutboxSender sender, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxWorker> logger) : BackgroundService
{
    private readonly OutboxOptions _options = options.Value;

    // Note: a store that is down fails every round; its stack trace is logged once, then only a count until it is back.
    private int _failedRounds;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (await RoundAsync(stoppingToken) < _options.BatchSize)
            {
                await Task.Delay(_options.PollInterval, time, stoppingToken);
            }
        }
    }

    /// <summary>One round that never throws (except on shutdown): how many replies it took, 0 when it failed.</summary>
    public async Task<int> RoundAsync(CancellationToken cancellationToken)
    {
        try
        {
            var taken = await DrainOnceAsync(cancellationToken);
            if (_failedRounds > 0)
            {
                OutboxLog.Recovered(logger, _failedRounds);
                _failedRounds = 0;
            }

            return taken;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Note: an exception out of a BackgroundService stops the whole host; a database that is down must not.
            if (_failedRounds++ == 0)
            {
                OutboxLog.RoundFailed(logger, ex);
            }
            else
            {
                OutboxLog.StillFailing(logger, _failedRounds, ex.GetType().Name, ex.Message);
            }

            return 0;
        }
    }

    /// <summary>One round: sends what is due now (at most one batch); returns how many replies it took.</summary>
    public async Task<int> DrainOnceAsync(CancellationToken cancellationToken)
    {
        var due = await store.DequeueDueOutboxAsync(_options.BatchSize, _options.Lease, cancellationToken);
        foreach (var item in due)
        {
            try
            {
                await DeliverAsync(item, cancellationToken);
            }
            catch (DbException ex)
            {
                // Note: the item keeps its lease and is due again when the lease ends; nothing is lost.
                OutboxLog.ItemFailed(logger, ex, item.Id);
            }
        }

        return due.Count;
    }

    private async Task DeliverAsync(OutboxItem item, CancellationToken cancellationToken)
    {
        var outcome = await sender.SendAsync(item, cancellationToken);
        var message = item.Message;
        switch (outcome.Result)
        {
            case DeliveryResult.Delivered:
                await store.MarkOutboxDoneAsync(item.Id, cancellationToken);
                OutboxLog.Delivered(logger, item.Id, message.Channel, message.ConversationId, item.Attempts);
                break;
            case DeliveryResult.RetryLater when item.Attempts < _options.MaxAttempts:
                var delay = _options.RetryDelay(item.Attempts);
                await store.RescheduleOutboxAsync(item.Id, time.GetUtcNow() + delay, outcome.Error!, cancellationToken);
                OutboxLog.WillRetry(logger, item.Id, message.Channel, message.ConversationId, item.Attempts, outcome.Error, delay);
                break;
            default:
                var reason = outcome.Result == DeliveryResult.RetryLater ? $"gave up after {item.Attempts} attempts: {outcome.Error}" : outcome.Error!;
                await store.MarkOutboxDeadAsync(item.Id, reason, cancellationToken);
                OutboxLog.Dead(logger, item.Id, message.Channel, message.ConversationId, item.Attempts, outcome.Error!);
                break;
        }
    }
}
