using System.Net;
using NdrBot.Core.Checks.Dns;
using NdrBot.Core.Checks.Evidence;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Checks;

/// <summary>
/// The live DNS checks for an answer, channel-neutral: from an <see cref="Explanation"/> (and the text it was made
/// from, for the sending IP and sender's domain) it picks the checks each finding needs, runs each distinct check
/// once, all at the same time, and stops at the budget: a check without an answer by then is "could not check".
/// Never throws for DNS trouble. One instance is meant to live as long as the process (it holds the cache).
/// </summary>
public sealed class LiveChecks
{
    private readonly DnsCheckSettings _settings;
    private readonly IDnsLookup _dns;
    private readonly TimeProvider _time;
    private readonly DnsCheckMetrics? _metrics;

    /// <param name="settings">The <c>Diagnostics:Dns</c> settings.</param>
    /// <param name="time">The clock for the budget, the cache and the lookup limit.</param>
    /// <param name="metrics">Where to count questions, cache hits and latencies; none when null.</param>
    public LiveChecks(DnsCheckSettings settings, TimeProvider time, DnsCheckMetrics? metrics = null)
        : this(settings, new WireDnsLookup(settings?.Servers ?? [], settings?.Timeout ?? DnsCheckSettings.Default.Timeout), time, metrics)
    {
    }

    internal LiveChecks(DnsCheckSettings settings, IDnsLookup wire, TimeProvider time, DnsCheckMetrics? metrics = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        _settings = settings;
        _time = time;
        _metrics = metrics;
        _dns = new CachingDnsLookup(wire, time, settings.MaxLookupsPerMinute, metrics: metrics);
    }

    public DnsCheckSettings Settings => _settings;

    /// <summary>
    /// Whether <see cref="CheckAsync"/> would look anything up for <paramref name="explanation"/>: checks are on and a
    /// finding needs one. Cheap (no DNS), so a host can decide to show the "checking…" placeholder.
    /// </summary>
    public bool WouldCheck(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return _settings.Enabled && explanation.Findings.Any(f => CheckNeeds.Auth(f) || CheckNeeds.Mx(f) || CheckNeeds.Ptr(f) || CheckNeeds.Blocklist(f));
    }

    /// <summary>The checks for each finding of <paramref name="explanation"/>; <paramref name="text"/> is the bounce as given.</summary>
    public async Task<CheckReport> CheckAsync(Explanation explanation, string? text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        if (!_settings.Enabled)
        {
            return CheckReport.Empty with { Complete = false };
        }

        var started = _time.GetTimestamp();
        var evidence = BounceEvidence.Extract(explanation, text);
        var bounce = explanation.Kind == ExplanationKind.Bounce;
        var plans = explanation.Findings.Select(f => CheckPlanner.ForFinding(f, bounce, evidence, _settings.Blocklists)).ToList();
        var (results, notices, complete) = await RunAsync(plans.SelectMany(p => p).Distinct(), cancellationToken);
        var findings = plans
            .Select((p, i) => new FindingChecks(i, [.. p.Where(results.ContainsKey).Select(c => results[c])]))
            .Where(f => f.Checks.Count > 0)
            .ToList();
        _metrics?.Checked(_time.GetElapsedTime(started), complete);
        return new CheckReport { Findings = findings, Evidence = evidence, Complete = complete, Notices = notices };
    }

    /// <summary>The checks for a domain (SPF, tested against <paramref name="ip"/> when given; DMARC; MX; DKIM with a selector) or an IP (PTR, blocklists).</summary>
    public async Task<IReadOnlyList<CheckResult>> CheckTargetAsync(string target, string? ip = null, string? selector = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var plans = CheckPlanner.ForTarget(target, ip, selector, _settings.Blocklists);
        var (results, _, _) = await RunAsync(plans, cancellationToken);
        return [.. plans.Where(results.ContainsKey).Select(p => results[p])];
    }

    private async Task<(Dictionary<PlannedCheck, CheckResult> Results, IReadOnlyList<string> Notices, bool Complete)> RunAsync(IEnumerable<PlannedCheck> plans, CancellationToken cancellationToken)
    {
        var all = plans.ToList();
        var run = all.Take(_settings.MaxChecks).ToList();
        var notices = new List<string>();
        if (all.Count > run.Count)
        {
            notices.Add($"Only the first {run.Count} of {all.Count} checks were made.");
        }

        using var budget = new CancellationTokenSource(_settings.Budget, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, budget.Token);
        var tasks = run.Select(p => RunOneAsync(p, linked.Token)).ToList();
        var results = await Task.WhenAll(tasks);
        cancellationToken.ThrowIfCancellationRequested();
        var timedOut = budget.IsCancellationRequested && results.Any(r => r.Detail == TimedOutDetail);
        if (timedOut)
        {
            notices.Add($"Some checks did not answer within {_settings.Budget.TotalSeconds:0.#} s.");
        }

        var map = new Dictionary<PlannedCheck, CheckResult>();
        for (var i = 0; i < run.Count; i++)
        {
            map[run[i]] = results[i];
        }

        return (map, notices, notices.Count == 0);
    }

    private const string TimedOutDetail = "no answer within the time allowed for checks";

    private async Task<CheckResult> RunOneAsync(PlannedCheck plan, CancellationToken cancellationToken)
    {
        if (plan.Answer is { } known)
        {
            return known;
        }

        try
        {
            var ip = plan.Ip is null ? null : IPAddress.Parse(plan.Ip);
            return plan.Kind switch
            {
                CheckKind.Spf => await new SpfCheck(_dns).RunAsync(plan.Subject, ip, plan.ExchangeOnline, cancellationToken),
                CheckKind.Dmarc => await new DmarcCheck(_dns).RunAsync(plan.Subject, cancellationToken),
                CheckKind.Dkim => await new DkimCheck(_dns).RunAsync(plan.Subject, plan.Selector!, cancellationToken),
                CheckKind.Mx => await new MxCheck(_dns).RunAsync(plan.Subject, cancellationToken),
                CheckKind.Ptr => await new PtrCheck(_dns).RunAsync(ip!, cancellationToken),
                _ => await new BlocklistCheck(_dns).RunAsync(ip!, plan.Zone!, cancellationToken),
            };
        }
        catch (OperationCanceledException)
        {
            var subject = plan.Zone is null ? plan.Subject : $"{plan.Subject} on {plan.Zone.Zone}";
            return CheckText.CouldNotCheck(plan.Kind, subject, TimedOutDetail, "Run the check again later (ndrbot check) or use a DNS lookup site.");
        }
    }
}
