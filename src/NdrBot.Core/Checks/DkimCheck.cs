using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>Whether the domain publishes a DKIM key for the selector the bounce or its headers name (RFC 6376 §3.6.2).</summary>
internal sealed class DkimCheck(IDnsLookup dns)
{
    public async Task<CheckResult> RunAsync(string domain, string selector, CancellationToken cancellationToken)
    {
        var name = $"{selector}._domainkey.{domain}";
        var answer = await dns.LookupAsync(new DnsQuery(name, DnsRecordType.Txt), cancellationToken);
        if (answer.Status == DnsStatus.Failed)
        {
            return CheckText.NoAnswer(CheckKind.Dkim, name, answer.Error);
        }

        var key = answer.Records.Select(r => r.Value).FirstOrDefault(v => v.Contains("p=", StringComparison.Ordinal));
        if (key is null)
        {
            return Result(name, CheckVerdict.Missing, null, $"no DKIM key at {name}",
                $"Publish the DKIM key the sending service gives you for selector {selector} at {name}, then turn signing on.");
        }

        var revoked = key.Split(';', StringSplitOptions.TrimEntries).Any(t => t is "p=" or "p");
        return revoked
            ? Result(name, CheckVerdict.Missing, CheckText.Cut(key), "the key is revoked (empty p=)", $"Selector {selector} is revoked: sign with a current selector, or publish its key again.")
            : Result(name, CheckVerdict.Found, CheckText.Cut(key), "the key is published",
                $"The key exists: if DKIM still fails, the message was changed on the way or signed with another key; check that d={domain} matches the From domain.");
    }

    private static CheckResult Result(string subject, CheckVerdict verdict, string? record, string detail, string step) =>
        CheckText.Make(CheckKind.Dkim, subject, verdict, record, detail, step);
}
