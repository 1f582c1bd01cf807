namespace NdrBot.Core.Checks.Spf;

/// <summary>What evaluating a domain's SPF policy for one IP gave, and why.</summary>
/// <param name="Result">The RFC 7208 result.</param>
/// <param name="Record">The domain's own SPF record, when it has exactly one.</param>
/// <param name="Matched">The term that decided (<c>-all</c>, <c>ip4:192.0.2.0/24</c>), or null when none matched.</param>
/// <param name="Problem">Why the result is permerror or temperror, in a few words.</param>
/// <param name="Lookups">DNS-querying terms evaluated (the limit is 10).</param>
internal sealed record SpfOutcome(SpfResult Result, string? Record, string? Matched, string? Problem, int Lookups);
