using System.Net;
using System.Net.Sockets;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>The sending IP's PTR record and whether that name resolves forward to the same IP (forward-confirmed reverse DNS).</summary>
internal sealed class PtrCheck(IDnsLookup dns)
{
    private const int NamesTried = 3;

    public async Task<CheckResult> RunAsync(IPAddress ip, CancellationToken cancellationToken)
    {
        var subject = ip.ToString();
        var ptr = await dns.LookupAsync(new DnsQuery(DnsNames.ReverseName(ip), DnsRecordType.Ptr), cancellationToken);
        if (ptr.Status == DnsStatus.Failed)
        {
            return CheckText.NoAnswer(CheckKind.Ptr, subject, ptr.Error);
        }

        var names = ptr.Records.Select(r => r.Value).Where(n => n.Length > 0).ToList();
        if (names.Count == 0)
        {
            return Result(subject, CheckVerdict.Missing, null, $"{ip} has no PTR record",
                $"Ask whoever runs {ip} (the ISP or hosting provider) to set a PTR record naming the mail server, and give that name an A record pointing back to {ip}.");
        }

        var type = ip.AddressFamily == AddressFamily.InterNetwork ? DnsRecordType.A : DnsRecordType.Aaaa;
        foreach (var name in names.Take(NamesTried))
        {
            var forward = await dns.LookupAsync(new DnsQuery(name, type), cancellationToken);
            if (forward.Records.Any(r => IPAddress.TryParse(r.Value, out var a) && a.Equals(ip)))
            {
                return Result(subject, CheckVerdict.Pass, string.Join(", ", names), $"{name} resolves back to {ip}",
                    "Reverse DNS is in order: if the receiver still complains, check that the server's HELO name is this name.");
            }
        }

        return Result(subject, CheckVerdict.Mismatch, string.Join(", ", names), $"{names[0]} does not resolve back to {ip}",
            $"Give {names[0]} an A record pointing to {ip}, or have the PTR changed to a name that does.");
    }

    private static CheckResult Result(string subject, CheckVerdict verdict, string? record, string detail, string step) =>
        CheckText.Make(CheckKind.Ptr, subject, verdict, record, detail, step);
}
