using System.Globalization;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>
/// Whether the recipient's domain can receive mail: its MX records (or null MX, RFC 7505), the A/AAAA fallback
/// when there is no MX (RFC 5321 §5.1), NXDOMAIN versus no data, and whether the best MX hosts have addresses.
/// </summary>
internal sealed class MxCheck(IDnsLookup dns)
{
    private const int HostsResolved = 3;

    public async Task<CheckResult> RunAsync(string domain, CancellationToken cancellationToken)
    {
        var mx = await dns.LookupAsync(new DnsQuery(domain, DnsRecordType.Mx), cancellationToken);
        return mx.Status switch
        {
            DnsStatus.Failed => CheckText.NoAnswer(CheckKind.Mx, domain, mx.Error),
            DnsStatus.NxDomain => Result(domain, CheckVerdict.NxDomain, null, $"{domain} does not exist (NXDOMAIN)",
                $"Check the spelling of the recipient's domain: {domain} does not exist in DNS."),
            DnsStatus.NoData => await FallbackAsync(domain, cancellationToken),
            _ => await ExchangesAsync(domain, mx.Records, cancellationToken),
        };
    }

    private async Task<CheckResult> ExchangesAsync(string domain, IReadOnlyList<DnsRecord> records, CancellationToken cancellationToken)
    {
        var ordered = records.OrderBy(r => r.Preference).ToList();
        var text = CheckText.Cut(string.Join(", ", ordered.Select(r => $"{r.Preference.ToString(CultureInfo.InvariantCulture)} {(r.Value.Length == 0 ? "." : r.Value)}")));
        if (ordered.Count == 1 && ordered[0].Value.Length == 0)
        {
            return Result(domain, CheckVerdict.NullMx, text, $"{domain} publishes a null MX: it accepts no mail",
                $"{domain} says it receives no mail (null MX, RFC 7505): stop sending to this address and ask the recipient for another.");
        }

        foreach (var host in ordered.Select(r => r.Value).Where(h => h.Length > 0).Take(HostsResolved))
        {
            var a = await dns.LookupAsync(new DnsQuery(host, DnsRecordType.A), cancellationToken);
            var aaaa = a.Status == DnsStatus.Found ? a : await dns.LookupAsync(new DnsQuery(host, DnsRecordType.Aaaa), cancellationToken);
            if (a.Status == DnsStatus.Found || aaaa.Status == DnsStatus.Found || a.Status == DnsStatus.Failed || aaaa.Status == DnsStatus.Failed)
            {
                return Result(domain, CheckVerdict.Found, text, $"mail for {domain} goes to {host}",
                    "DNS for the recipient's domain is fine: the receiving server itself refused or could not be reached; read the remote server's words.");
            }
        }

        return Result(domain, CheckVerdict.NoData, text, "the MX hosts have no A or AAAA record",
            $"The MX records of {domain} point at hosts with no address: the recipient's mail admin must fix the MX or the hosts' A records.");
    }

    private async Task<CheckResult> FallbackAsync(string domain, CancellationToken cancellationToken)
    {
        var a = await dns.LookupAsync(new DnsQuery(domain, DnsRecordType.A), cancellationToken);
        var aaaa = await dns.LookupAsync(new DnsQuery(domain, DnsRecordType.Aaaa), cancellationToken);
        var addresses = a.Records.Concat(aaaa.Records).Select(r => r.Value).ToList();
        if (addresses.Count > 0)
        {
            return Result(domain, CheckVerdict.Missing, CheckText.Cut(string.Join(", ", addresses)), $"no MX: mail falls back to the address of {domain} (RFC 5321 §5.1)",
                $"If {domain} should receive mail, its admin should publish an MX record; today mail goes to {addresses[0]}.");
        }

        if (a.Status == DnsStatus.Failed && aaaa.Status == DnsStatus.Failed)
        {
            return CheckText.NoAnswer(CheckKind.Mx, domain, a.Error);
        }

        return Result(domain, CheckVerdict.NoData, null, $"{domain} exists but has no MX, A or AAAA record",
            $"{domain} cannot receive mail: check the address, or ask the recipient's admin to publish an MX record.");
    }

    private static CheckResult Result(string domain, CheckVerdict verdict, string? record, string detail, string step) =>
        CheckText.Make(CheckKind.Mx, domain, verdict, record, detail, step);
}
