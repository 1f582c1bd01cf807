using NdrBot.Core.Checks.Dns;

namespace NdrBot.Core.Checks;

/// <summary>
/// The sender domain's DMARC policy at <c>_dmarc.DOMAIN</c>, falling back to the parent domain's record. Note: the
/// fallback takes the last two labels as the organisational domain (RFC 7489 §3.2 asks for the public suffix
/// list, which NdrBot does not ship), so for names under a two-label suffix such as co.uk it may find nothing.
/// </summary>
internal sealed class DmarcCheck(IDnsLookup dns)
{
    public async Task<CheckResult> RunAsync(string domain, CancellationToken cancellationToken)
    {
        var own = await dns.LookupAsync(new DnsQuery("_dmarc." + domain, DnsRecordType.Txt), cancellationToken);
        if (own.Status == DnsStatus.Failed)
        {
            return CheckText.NoAnswer(CheckKind.Dmarc, domain, own.Error);
        }

        var records = Records(own);
        var inherited = false;
        var labels = domain.Split('.');
        if (records.Count == 0 && labels.Length > 2)
        {
            var parent = await dns.LookupAsync(new DnsQuery("_dmarc." + string.Join('.', labels[^2..]), DnsRecordType.Txt), cancellationToken);
            records = Records(parent);
            inherited = records.Count > 0;
        }

        if (records.Count != 1)
        {
            var detail = records.Count == 0 ? $"no DMARC record at _dmarc.{domain}" : $"{records.Count} DMARC records: receivers ignore them all";
            return Result(domain, CheckVerdict.Missing, records.Count == 0 ? null : CheckText.Cut(records[0]), detail,
                $"Publish one DMARC record for {domain} (v=DMARC1; p=none; rua=mailto:…) to learn who sends as it, then tighten the policy.");
        }

        return FromPolicy(domain, records[0], inherited);
    }

    private static CheckResult FromPolicy(string domain, string record, bool inherited)
    {
        var policy = DmarcPolicy.Parse(record)!;
        var applied = inherited ? policy.SubdomainPolicy ?? policy.Policy : policy.Policy;
        applied ??= policy.Reports ? "none" : null;
        var alignment = $"{(policy.StrictSpf ? "strict" : "relaxed")} SPF and {(policy.StrictDkim ? "strict" : "relaxed")} DKIM alignment";
        var detail = $"p={applied ?? "missing"}, {alignment}" + (policy.Percent < 100 ? $", applied to {policy.Percent}% of mail" : "")
            + (inherited ? ", inherited from the parent domain" : "");
        var aligned = $"pass SPF or DKIM with a domain that {(policy.StrictSpf || policy.StrictDkim ? "is exactly" : "matches")} {domain}";
        return applied switch
        {
            "reject" => Result(domain, CheckVerdict.Reject, CheckText.Cut(record), detail, $"{domain} asks receivers to reject mail that fails DMARC: the sending service must {aligned}."),
            "quarantine" => Result(domain, CheckVerdict.Quarantine, CheckText.Cut(record), detail, $"{domain} asks receivers to treat mail that fails DMARC as spam: the sending service must {aligned}."),
            "none" => Result(domain, CheckVerdict.Monitor, CheckText.Cut(record), detail, $"p=none only asks for reports, so the receiver applied its own rules: make the sending service {aligned} anyway."),
            _ => Result(domain, CheckVerdict.Missing, CheckText.Cut(record), "the record has no valid p= tag", $"Fix the DMARC record of {domain}: it needs p=none, p=quarantine or p=reject."),
        };
    }

    private static List<string> Records(DnsAnswer answer) => [.. answer.Records.Select(r => r.Value).Where(DmarcPolicy.IsDmarc)];

    private static CheckResult Result(string domain, CheckVerdict verdict, string? record, string detail, string step) =>
        CheckText.Make(CheckKind.Dmarc, domain, verdict, record, detail, step);
}
