using NdrBot.Triage.Cases;

namespace NdrBot.Triage;

public static class CaseStoreExtensions
{
    /// <summary>Counts by code and by reason over the last 7 and 30 days, as <c>@ndrbot stats</c> shows them.</summary>
    public static async Task<CaseStats> StatsAsync(
        this ICaseStore store, CaseScope? scope, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        var now = time.GetUtcNow();
        var week = await store.StatsAsync(scope, now.AddDays(-7), cancellationToken);
        var month = await store.StatsAsync(scope, now.AddDays(-30), cancellationToken);
        return new CaseStats(week, month);
    }
}
