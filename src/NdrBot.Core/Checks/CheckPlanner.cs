using System.Net;
using NdrBot.Core.Vendors;
using NdrBot.Core.Checks.Dns;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Checks;

/// <summary>
/// Picks the checks that fit each finding: authentication failures get SPF, DMARC and (with a selector) DKIM for
/// the sender's domain; unknown hosts get the recipient domain's MX; PTR demands get the sending IP's PTR; blocks
/// get the sending IP on each blocklist. What a bounce does not say becomes a "could not check" result, not a guess.
/// </summary>
internal static class CheckPlanner
{
    public static List<PlannedCheck> ForFinding(Finding finding, bool bounce, CheckEvidence evidence, IReadOnlyList<BlocklistZone> blocklists)
    {
        var plans = new List<PlannedCheck>();
        var ip = evidence.SendingIp is { } text && IPAddress.TryParse(text, out var parsed) ? parsed : null;
        if (CheckNeeds.Auth(finding))
        {
            plans.AddRange(Authentication(finding, bounce, evidence, ip));
        }

        if (CheckNeeds.Mx(finding))
        {
            plans.AddRange(Mx(finding, bounce));
        }

        if (CheckNeeds.Ptr(finding))
        {
            plans.AddRange(Ptr(bounce, ip));
        }

        if (CheckNeeds.Blocklist(finding))
        {
            plans.AddRange(Blocklists(bounce, ip, blocklists));
        }

        return plans;
    }

    /// <summary>The checks for a domain or an IP named directly (<c>ndrbot check</c>).</summary>
    public static List<PlannedCheck> ForTarget(string target, string? ip, string? selector, IReadOnlyList<BlocklistZone> blocklists)
    {
        if (IPAddress.TryParse(target.Trim().Trim('[', ']'), out var address))
        {
            return [new PlannedCheck(CheckKind.Ptr, address.ToString()) { Ip = address.ToString() }, .. Blocklists(true, address, blocklists)];
        }

        if (DnsNames.Normalize(target) is not { } domain)
        {
            return [Unusable(CheckKind.Mx, target, $"'{Short(target)}' is not a valid domain name or IP address")];
        }

        IPAddress? spfIp = ip is not null && IPAddress.TryParse(ip, out var given) ? given : null;
        var plans = new List<PlannedCheck>
        {
            ip is not null && spfIp is null
                ? Unusable(CheckKind.Spf, domain, $"'{Short(ip)}' is not an IP address")
                : new PlannedCheck(CheckKind.Spf, domain) { Ip = spfIp?.ToString() },
            new(CheckKind.Dmarc, domain),
            new(CheckKind.Mx, domain),
        };
        if (selector is not null)
        {
            plans.Add(DnsNames.Normalize(selector + "._domainkey." + domain) is null
                ? Unusable(CheckKind.Dkim, domain, $"'{Short(selector)}' is not a valid DKIM selector")
                : new PlannedCheck(CheckKind.Dkim, domain) { Selector = selector.ToLowerInvariant() });
        }

        return plans;
    }

    private static IEnumerable<PlannedCheck> Authentication(Finding finding, bool bounce, CheckEvidence evidence, IPAddress? ip)
    {
        if (evidence.SenderDomain is not { } domain)
        {
            if (bounce)
            {
                yield return Unusable(CheckKind.Spf, "sender domain", "the bounce does not name the sender's domain", "Run ndrbot check DOMAIN for the sender's domain.");
            }

            yield break;
        }

        yield return new PlannedCheck(CheckKind.Spf, domain) { Ip = ip?.ToString(), ExchangeOnline = finding.Vendor == Vendor.ExchangeOnline };
        yield return new PlannedCheck(CheckKind.Dmarc, domain);
        if (evidence is { DkimSelector: { } selector, DkimDomain: { } dkimDomain })
        {
            yield return new PlannedCheck(CheckKind.Dkim, dkimDomain) { Selector = selector };
        }
    }

    private static IEnumerable<PlannedCheck> Mx(Finding finding, bool bounce)
    {
        if (finding.Recipient is not { } recipient)
        {
            yield break;
        }

        var at = recipient.LastIndexOf('@');
        var domainText = at < 0 ? recipient : recipient[(at + 1)..];
        if (DnsNames.Normalize(domainText) is { } domain)
        {
            yield return new PlannedCheck(CheckKind.Mx, domain);
        }
        else if (bounce)
        {
            yield return Unusable(CheckKind.Mx, Short(domainText), $"'{Short(domainText)}' is not a valid domain name");
        }
    }

    private static IEnumerable<PlannedCheck> Ptr(bool bounce, IPAddress? ip)
    {
        if (ip is not null)
        {
            yield return new PlannedCheck(CheckKind.Ptr, ip.ToString()) { Ip = ip.ToString() };
        }
        else if (bounce)
        {
            yield return Unusable(CheckKind.Ptr, "sending IP", "the bounce does not name the IP that sent it", "Run ndrbot check IP for the sending server's address.");
        }
    }

    private static IEnumerable<PlannedCheck> Blocklists(bool bounce, IPAddress? ip, IReadOnlyList<BlocklistZone> blocklists)
    {
        if (ip is null)
        {
            if (bounce && blocklists.Count > 0)
            {
                yield return Unusable(CheckKind.Blocklist, "sending IP", "the bounce does not name the IP that sent it", "Run ndrbot check IP for the sending server's address.");
            }

            yield break;
        }

        if (!IpRanges.IsPublic(ip))
        {
            yield return Unusable(CheckKind.Blocklist, ip.ToString(), $"{ip} is {IpRanges.Describe(ip)}: only public addresses are sent to blocklists",
                "Find the public address the mail left from (the last Received header your own server added) and check that one.");
            yield break;
        }

        foreach (var zone in blocklists.Where(z => z.Ipv6 || ip.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork))
        {
            yield return new PlannedCheck(CheckKind.Blocklist, ip.ToString()) { Ip = ip.ToString(), Zone = zone };
        }
    }

    private static PlannedCheck Unusable(CheckKind kind, string subject, string detail, string step = "Check the name and ask again.") =>
        new(kind, subject) { Answer = CheckText.CouldNotCheck(kind, subject, detail, step) };

    private static string Short(string text) => text.Length <= 80 ? text : text[..79] + "…";
}
