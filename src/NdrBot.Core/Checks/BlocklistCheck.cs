using System.Net;
using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>
/// Looks a sending IP up on one DNS blocklist and reads the answer with the list's own return-code meanings.
/// Only public addresses are ever sent (see <see cref="IpRanges"/>); the caller checks that first.
/// </summary>
internal sealed class BlocklistCheck(IDnsLookup dns)
{
    public async Task<CheckResult> RunAsync(IPAddress ip, BlocklistZone list, CancellationToken cancellationToken)
    {
        var subject = $"{ip} on {list.Zone}";
        var answer = await dns.LookupAsync(new DnsQuery(DnsNames.BlocklistName(ip, list.Zone.ToLowerInvariant()), DnsRecordType.A), cancellationToken);
        if (answer.Status == DnsStatus.Failed)
        {
            return CheckText.NoAnswer(CheckKind.Blocklist, subject, answer.Error);
        }

        if (answer.IsVoid)
        {
            return Result(subject, CheckVerdict.NotListed, null, $"not on {list.Name}",
                $"Not on {list.Name}: the block comes from the receiver's own filters or another list.");
        }

        var codes = answer.Records.Select(r => r.Value).ToList();
        var record = string.Join(", ", codes);
        if (codes.Select(c => list.Errors.GetValueOrDefault(c)).OfType<string>().FirstOrDefault() is { } refusal)
        {
            return Result(subject, CheckVerdict.CouldNotCheck, record, $"{list.Name} refused the query: {refusal}",
                "This says nothing about the IP: query the list through a resolver it accepts, or use its own lookup page.");
        }

        var listed = codes.Where(c => IPAddress.TryParse(c, out var a) && IpRanges.InPrefix(a, IPAddress.Loopback, 8)).ToList();
        if (listed.Count == 0)
        {
            return Result(subject, CheckVerdict.CouldNotCheck, record, $"unexpected answer {record}: the list may be gone or the resolver rewrites answers",
                $"Look {ip} up on the list's own page instead.");
        }

        var meaning = string.Join("; ", listed.Select(c => list.Codes.TryGetValue(c, out var m) ? m : $"listed (answer {c})").Distinct());
        var where = list.Removal is null ? list.Name : $"{list.Name} ({list.Removal})";
        return Result(subject, CheckVerdict.Listed, record, meaning,
            $"Stop what got {ip} listed (a compromised account or machine, bulk mail without consent), then ask {where} to remove it.");
    }

    private static CheckResult Result(string subject, CheckVerdict verdict, string? record, string detail, string step) =>
        CheckText.Make(CheckKind.Blocklist, subject, verdict, record, detail, step);
}
