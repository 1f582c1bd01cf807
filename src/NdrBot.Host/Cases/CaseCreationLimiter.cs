using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace NdrBot.Host.Cases;

/// <summary>
/// Bounds how fast cases are made (issue 14: a script posting "5.4.6" in a loop made 24,000 cases in 20 s): a token
/// bucket per conversation and one per person, in memory. A case takes one token from each.
/// </summary>
internal sealed class CaseCreationLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _users;

    public CaseCreationLimiter(IOptions<CaseLimitsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Value;
        _conversations = Buckets(limits.PerConversation, limits.Period);
        _users = Buckets(limits.PerUser, limits.Period);
    }

    /// <summary>True when both the conversation and the person may start one more case now.</summary>
    public bool TryTake(string conversation, string user)
    {
        using var forConversation = _conversations.AttemptAcquire(conversation);
        if (!forConversation.IsAcquired)
        {
            return false;
        }

        using var forUser = _users.AttemptAcquire(user);
        return forUser.IsAcquired;
    }

    public void Dispose()
    {
        _conversations.Dispose();
        _users.Dispose();
    }

    private static PartitionedRateLimiter<string> Buckets(int limit, TimeSpan period) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetTokenBucketLimiter(key, _ => new TokenBucketRateLimiterOptions
        {
            TokenLimit = limit,
            TokensPerPeriod = limit,
            ReplenishmentPeriod = period,
            QueueLimit = 0,
            AutoReplenishment = true,
        }));
}
