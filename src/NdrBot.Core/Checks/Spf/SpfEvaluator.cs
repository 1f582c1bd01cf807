using System.Net;
using System.Net.Sockets;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks.Spf;

/// <summary>
/// RFC 7208 <c>check_host()</c>: evaluates a domain's SPF record for an IP, following <c>include</c> and
/// <c>redirect</c>, with the limits of §4.6.4 (10 DNS-querying terms, 2 void lookups, 10 MX or PTR names).
/// The <c>exp</c> modifier is not fetched: the card says which term decided instead.
/// </summary>
internal sealed class SpfEvaluator(IDnsLookup dns)
{
    private const int MaxNamesPerTerm = 10;

    public async Task<SpfOutcome> EvaluateAsync(IPAddress ip, string domain, string? sender, CancellationToken cancellationToken)
    {
        var context = new SpfContext(ip, sender is { Length: > 0 } ? sender : "postmaster@" + domain);
        var outcome = await CheckHostAsync(domain, context, cancellationToken);
        return outcome with { Lookups = context.Lookups };
    }

    /// <summary>The domain's one SPF record, or the result to give when there is none or it can't be read.</summary>
    public async Task<(string? Record, SpfResult Result, string? Problem)> FetchAsync(string domain, CancellationToken cancellationToken)
    {
        var answer = await dns.LookupAsync(new DnsQuery(domain, DnsRecordType.Txt), cancellationToken);
        if (answer.Status == DnsStatus.Failed)
        {
            return (null, SpfResult.TempError, $"no answer for the TXT records of {domain} ({answer.Error})");
        }

        var records = answer.Records.Select(r => r.Value).Where(SpfParser.IsSpf).ToList();
        return records.Count switch
        {
            0 => (null, SpfResult.None, answer.Status == DnsStatus.NxDomain ? $"{domain} does not exist" : $"{domain} publishes no SPF record"),
            1 => (records[0], SpfResult.None, null),
            _ => (records[0], SpfResult.PermError, $"{domain} publishes {records.Count} SPF records; only one is allowed"),
        };
    }

    private async Task<SpfOutcome> CheckHostAsync(string domain, SpfContext context, CancellationToken cancellationToken)
    {
        var (record, result, problem) = await FetchAsync(domain, cancellationToken);
        if (record is null || problem is not null)
        {
            return new SpfOutcome(result, record, null, problem, 0);
        }

        var parsed = SpfParser.Parse(record);
        if (parsed.Error is not null)
        {
            return new SpfOutcome(SpfResult.PermError, record, null, $"{domain}: {parsed.Error}", 0);
        }

        foreach (var term in parsed.Terms)
        {
            if (term.CountsAsLookup && !context.TakeLookup())
            {
                return new SpfOutcome(SpfResult.PermError, record, term.Text, $"more than {SpfContext.MaxLookups} DNS lookups", 0);
            }

            var match = await MatchAsync(term, domain, context, cancellationToken);
            if (match.Error is { } error)
            {
                return new SpfOutcome(error, record, term.Text, match.Problem, 0);
            }

            if (match.Matched)
            {
                return new SpfOutcome(term.Result, record, term.Text, null, 0);
            }
        }

        return parsed.Redirect is null ? new SpfOutcome(SpfResult.Neutral, record, null, null, 0) : await RedirectAsync(parsed.Redirect, record, domain, context, cancellationToken);
    }

    private async Task<SpfOutcome> RedirectAsync(string spec, string record, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (!context.TakeLookup())
        {
            return new SpfOutcome(SpfResult.PermError, record, "redirect=" + spec, $"more than {SpfContext.MaxLookups} DNS lookups", 0);
        }

        if (Target(spec, domain, context) is not { } target)
        {
            return new SpfOutcome(SpfResult.PermError, record, "redirect=" + spec, $"'redirect={spec}' is not a valid domain", 0);
        }

        var inner = await CheckHostAsync(target, context, cancellationToken);
        return inner.Result == SpfResult.None
            ? new SpfOutcome(SpfResult.PermError, record, "redirect=" + target, $"redirect target {target} has no SPF record", 0)
            : new SpfOutcome(inner.Result, record, inner.Matched is null ? "redirect=" + target : $"redirect={target} ({inner.Matched})", inner.Problem, 0);
    }

    private Task<TermMatch> MatchAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken) => term.Mechanism switch
    {
        "all" => Task.FromResult(TermMatch.Yes),
        "ip4" or "ip6" => Task.FromResult(InNetwork(context.Ip, IPAddress.Parse(term.Argument!), term) ? TermMatch.Yes : TermMatch.No),
        "include" => IncludeAsync(term, domain, context, cancellationToken),
        "a" => AddressAsync(term, domain, context, cancellationToken),
        "mx" => MxAsync(term, domain, context, cancellationToken),
        "ptr" => PtrAsync(term, domain, context, cancellationToken),
        _ => ExistsAsync(term, domain, context, cancellationToken),
    };

    private async Task<TermMatch> IncludeAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (Target(term.Argument, domain, context) is not { } target)
        {
            return TermMatch.Perm($"'{term.Text}' is not a valid domain");
        }

        var inner = await CheckHostAsync(target, context, cancellationToken);
        return inner.Result switch
        {
            SpfResult.Pass => TermMatch.Yes,
            SpfResult.TempError => TermMatch.Temp(inner.Problem ?? $"{target} could not be read"),
            SpfResult.PermError => TermMatch.Perm(inner.Problem ?? $"{target} has a broken SPF record"),
            SpfResult.None => TermMatch.Perm($"included {target} has no SPF record"),
            _ => TermMatch.No,
        };
    }

    private async Task<TermMatch> AddressAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (Target(term.Argument, domain, context) is not { } target)
        {
            return TermMatch.Perm($"'{term.Text}' is not a valid domain");
        }

        var answer = await dns.LookupAsync(new DnsQuery(target, AddressType(context.Ip)), cancellationToken);
        return Addresses(answer, target, term, context);
    }

    private async Task<TermMatch> MxAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (Target(term.Argument, domain, context) is not { } target)
        {
            return TermMatch.Perm($"'{term.Text}' is not a valid domain");
        }

        var mx = await dns.LookupAsync(new DnsQuery(target, DnsRecordType.Mx), cancellationToken);
        if (Void(mx, target, context) is { } stop)
        {
            return stop;
        }

        if (mx.Records.Count > MaxNamesPerTerm)
        {
            return TermMatch.Perm($"{target} has more than {MaxNamesPerTerm} MX records");
        }

        foreach (var host in mx.Records.OrderBy(r => r.Preference).Select(r => r.Value).Where(h => h.Length > 0))
        {
            var addresses = await dns.LookupAsync(new DnsQuery(host, AddressType(context.Ip)), cancellationToken);
            if (addresses.Status == DnsStatus.Failed)
            {
                return TermMatch.Temp($"no answer for {host} ({addresses.Error})");
            }

            if (addresses.Records.Any(r => IPAddress.TryParse(r.Value, out var a) && InNetwork(context.Ip, a, term)))
            {
                return TermMatch.Yes;
            }
        }

        return TermMatch.No;
    }

    private async Task<TermMatch> PtrAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (Target(term.Argument, domain, context) is not { } target)
        {
            return TermMatch.Perm($"'{term.Text}' is not a valid domain");
        }

        // Note: RFC 7208 §5.5: a DNS error during the PTR lookup makes "ptr" not match rather than fail.
        var names = await dns.LookupAsync(new DnsQuery(DnsNames.ReverseName(context.Ip), DnsRecordType.Ptr), cancellationToken);
        foreach (var name in names.Records.Select(r => r.Value).Take(MaxNamesPerTerm))
        {
            if (name != target && !name.EndsWith("." + target, StringComparison.Ordinal))
            {
                continue;
            }

            var forward = await dns.LookupAsync(new DnsQuery(name, AddressType(context.Ip)), cancellationToken);
            if (forward.Records.Any(r => IPAddress.TryParse(r.Value, out var a) && a.Equals(context.Ip)))
            {
                return TermMatch.Yes;
            }
        }

        return TermMatch.No;
    }

    private async Task<TermMatch> ExistsAsync(SpfTerm term, string domain, SpfContext context, CancellationToken cancellationToken)
    {
        if (Target(term.Argument, domain, context) is not { } target)
        {
            return TermMatch.Perm($"'{term.Text}' is not a valid domain");
        }

        var answer = await dns.LookupAsync(new DnsQuery(target, DnsRecordType.A), cancellationToken);
        return Void(answer, target, context) ?? TermMatch.Yes;
    }

    private static TermMatch Addresses(DnsAnswer answer, string target, SpfTerm term, SpfContext context) =>
        Void(answer, target, context)
        ?? (answer.Records.Any(r => IPAddress.TryParse(r.Value, out var a) && InNetwork(context.Ip, a, term)) ? TermMatch.Yes : TermMatch.No);

    /// <summary>A failed lookup is a temperror; an empty one counts as void (more than two: permerror) and does not match.</summary>
    private static TermMatch? Void(DnsAnswer answer, string target, SpfContext context)
    {
        if (answer.Status == DnsStatus.Failed)
        {
            return TermMatch.Temp($"no answer for {target} ({answer.Error})");
        }

        if (!answer.IsVoid)
        {
            return null;
        }

        return context.TakeVoid() ? TermMatch.No : TermMatch.Perm($"more than {SpfContext.MaxVoidLookups} lookups found nothing");
    }

    private static string? Target(string? spec, string domain, SpfContext context) =>
        spec is null ? domain : DnsNames.Normalize(SpfMacros.Expand(spec, domain, context));

    private static DnsRecordType AddressType(IPAddress ip) => ip.AddressFamily == AddressFamily.InterNetwork ? DnsRecordType.A : DnsRecordType.Aaaa;

    private static bool InNetwork(IPAddress ip, IPAddress network, SpfTerm term) =>
        IpRanges.InPrefix(ip, network, ip.AddressFamily == AddressFamily.InterNetwork ? term.Cidr4 : term.Cidr6);
}
