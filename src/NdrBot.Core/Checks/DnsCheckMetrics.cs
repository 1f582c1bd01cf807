using System.Diagnostics.Metrics;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>
/// Meter <c>NdrBot.Checks</c>: every DNS question the checks ask and where its answer came from (the cache, a lookup
/// already in flight, the network, or refused by the per-minute limit), how long network lookups took, and how long
/// all the checks of one answer took. BCL metrics only, so Core stays free of hosting packages.
/// </summary>
public sealed class DnsCheckMetrics
{
    public const string MeterName = "NdrBot.Checks";

    /// <summary>Where a question's answer came from: the <c>source</c> tag of <c>ndrbot.dns.questions</c>.</summary>
    public const string FromCache = "cache";

    public const string FromInFlight = "in-flight";

    public const string FromNetwork = "network";

    public const string FromLimit = "limit";

    private readonly Counter<long> _questions;
    private readonly Histogram<double> _lookupDuration;
    private readonly Histogram<double> _checksDuration;

    public DnsCheckMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _questions = meter.CreateCounter<long>("ndrbot.dns.questions", description: "DNS questions the live checks asked, by where the answer came from");
        _lookupDuration = meter.CreateHistogram<double>("ndrbot.dns.lookup.duration", "s", "DNS lookups sent to a resolver, by how they ended");
        _checksDuration = meter.CreateHistogram<double>("ndrbot.checks.duration", "s", "All the live checks of one answer, by whether they all answered in time");
    }

    internal void Asked(string source) => _questions.Add(1, new KeyValuePair<string, object?>("source", source));

    internal void LookedUp(TimeSpan elapsed, DnsStatus status) =>
        _lookupDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("status", status.ToString().ToLowerInvariant()));

    internal void Checked(TimeSpan elapsed, bool complete) =>
        _checksDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("complete", complete));
}
