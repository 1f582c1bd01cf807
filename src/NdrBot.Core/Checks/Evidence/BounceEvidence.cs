using System.Net;
using NdrBot.Core.Checks.Dns;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Checks.Evidence;

/// <summary>
/// Reads, from a bounce, the IP that sent the mail and the sender's domain (see <see cref="CheckEvidence"/>).
/// The sending IP is taken from the remote server's own words first (receivers name the connecting client:
/// "banned sending IP [x]", "[x] is listed"), then from lines of the bounce that talk about the client, then from
/// the Received headers of the returned message; the remote server's own address is never taken. The sender's
/// domain comes from the words (SPF/DMARC messages name it), <c>X-Postfix-Sender</c>, the returned message's
/// From and Return-Path, or the bounce's own To (a bounce goes back to the sender).
/// </summary>
internal static class BounceEvidence
{
    /// <summary>Text beyond this is not read for evidence.</summary>
    public const int MaxChars = 1 << 20;

    private static readonly string[] ClientCues =
    [
        "sending ip", "banned", "client host", "client ip", "listed", "blocklist", "blacklist", "block list", "your ip",
        "ip address", "connecting", "designate", "sender ip", "source ip", "reverse dns", "ptr", "rdns", "spamhaus",
        "spamcop", "barracuda", "dnsbl", "rbl", "with ip", "from ip", "ip:",
    ];

    private static readonly string[] AuthCues = ["spf", "dmarc", "dkim", "authenticat", "domain of", "administrator of", "sender domain"];

    private static readonly string[] HelpHosts = ["google.com", "microsoft.com", "aka.ms", "office.com", "outlook.com", "spamhaus.org", "yahoo.com", "spamcop.net", "barracudacentral.org", "barracuda.com"];

    public static CheckEvidence Extract(Explanation explanation, string? text)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var body = text is null ? "" : text.Length > MaxChars ? text[..MaxChars] : text;
        var headers = HeaderLines.Read(body);
        var remote = RemoteAddresses(explanation, headers);
        var (ip, ipSource) = SendingIp(explanation, body, headers, remote);
        var (domain, domainSource) = SenderDomain(explanation, headers, body);
        var (dkimDomain, selector) = Dkim(headers);
        return new CheckEvidence
        {
            SendingIp = ip?.ToString(),
            SendingIpSource = ipSource,
            SenderDomain = domain,
            SenderDomainSource = domainSource,
            DkimDomain = dkimDomain,
            DkimSelector = selector,
        };
    }

    private static HashSet<IPAddress> RemoteAddresses(Explanation explanation, List<HeaderLine> headers)
    {
        var remote = new HashSet<IPAddress>();
        foreach (var text in explanation.Findings.Select(f => f.RemoteMta).Concat(headers.Where(h => h.Name.Equals("Remote-MTA", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value)))
        {
            if (text is not null)
            {
                remote.UnionWith(IpScanner.Scan(text).Select(m => m.Address));
            }
        }

        return remote;
    }

    private static (IPAddress? Ip, string? Source) SendingIp(Explanation explanation, string body, List<HeaderLine> headers, HashSet<IPAddress> remote)
    {
        foreach (var words in explanation.Findings.Select(f => f.Diagnostic).OfType<string>())
        {
            if (ClientIp(words, remote, requireCue: false) is { } ip)
            {
                return (ip, "the remote server's words");
            }
        }

        foreach (var line in WrappedLines.Read(body))
        {
            if (ClientIp(line, remote, requireCue: true) is { } ip)
            {
                return (ip, "the bounce text");
            }
        }

        var received = headers.Where(h => !h.Outer && h.Name.Equals("Received", StringComparison.OrdinalIgnoreCase))
            .SelectMany(h => IpScanner.Scan(h.Value)).Select(m => m.Address)
            .FirstOrDefault(a => IpRanges.IsPublic(a) && !remote.Contains(a));
        return received is null ? (null, null) : (received, "a Received header of the returned message");
    }

    /// <summary>
    /// The first address in <paramref name="text"/> that is not the remote server's: not one it was told to be, and
    /// not written as Postfix's "host NAME[IP] said" or Exim's "H=NAME [IP]" for the server talked to.
    /// </summary>
    private static IPAddress? ClientIp(string text, HashSet<IPAddress> remote, bool requireCue)
    {
        var lower = text.ToLowerInvariant();
        if (requireCue && !ClientCues.Any(c => lower.Contains(c, StringComparison.Ordinal)))
        {
            return null;
        }

        foreach (var mention in IpScanner.Scan(text))
        {
            var before = lower[Math.Max(0, mention.Start - 80)..mention.Start];
            var after = lower[mention.End..Math.Min(lower.Length, mention.End + 16)].TrimStart(']', ' ', ')', '\t', '\r', '\n');
            var lastSpace = before.TrimEnd('[', ' ').LastIndexOf(' ');
            var serverTalkedTo = after.StartsWith("said", StringComparison.Ordinal) || after.StartsWith("did not like", StringComparison.Ordinal)
                || after.StartsWith("replied", StringComparison.Ordinal)
                || (lastSpace >= 0 && before[..lastSpace].EndsWith("host", StringComparison.Ordinal) && before.TrimEnd(' ').EndsWith('['))
                || before.Contains(" h=", StringComparison.Ordinal) || before.StartsWith("h=", StringComparison.Ordinal)
                || (before.EndsWith("host ", StringComparison.Ordinal) && !before.EndsWith("client host ", StringComparison.Ordinal))
                || before.Contains("remote-mta", StringComparison.Ordinal) || before.Contains("while talking to", StringComparison.Ordinal);
            if (!remote.Contains(mention.Address) && !serverTalkedTo && !IPAddress.IsLoopback(mention.Address))
            {
                return mention.Address;
            }
        }

        return null;
    }

    private static (string? Domain, string? Source) SenderDomain(Explanation explanation, List<HeaderLine> headers, string body)
    {
        var recipientDomains = explanation.Findings.Select(f => DomainScanner.OfAddress(f.Recipient)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var remoteHosts = explanation.Findings.Select(f => DnsNames.Normalize(f.RemoteMta)).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (NamedInAuthWords(explanation.Findings.Select(f => f.Diagnostic).OfType<string>(), recipientDomains, remoteHosts) is { } named)
        {
            return (named, "the remote server's words");
        }

        var fromHeaders = new (string Name, bool Outer, string Source)[]
        {
            ("X-Postfix-Sender", false, "X-Postfix-Sender"), ("X-Postfix-Sender", true, "X-Postfix-Sender"),
            ("From", false, "the returned message's From"), ("Return-Path", false, "the returned message's Return-Path"),
            ("To", true, "the bounce's To (the original sender)"),
        };
        foreach (var (name, outer, source) in fromHeaders)
        {
            var domain = headers.Where(h => h.Outer == outer && h.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
                .Select(h => DomainScanner.OfAddress(h.Value)).OfType<string>()
                .FirstOrDefault(d => !recipientDomains.Contains(d));
            if (domain is not null)
            {
                return (domain, source);
            }
        }

        // Note: the words the analyser kept can miss part of the reply (a paste re-wrapped at the left margin, a
        // Diagnostic-Code holding only a reply's first line); the domain the reply names is then read from the
        // wrapped lines of the bounce.
        if (explanation.Kind == ExplanationKind.Bounce && NamedInAuthWords(WrappedLines.Read(body), recipientDomains, remoteHosts) is { } written)
        {
            return (written, "the bounce text");
        }

        return explanation.Kind == ExplanationKind.Question ? QuestionDomain(body) : (null, null);
    }

    /// <summary>The first domain named in words about authentication that is not a recipient's, the remote server's or a help page's.</summary>
    private static string? NamedInAuthWords(IEnumerable<string> texts, HashSet<string> recipientDomains, HashSet<string> remoteHosts)
    {
        foreach (var words in texts)
        {
            var lower = words.ToLowerInvariant();
            if (AuthCues.Any(c => lower.Contains(c, StringComparison.Ordinal))
                && DomainScanner.Scan(words).FirstOrDefault(d => !Within(d, recipientDomains) && !Within(d, remoteHosts) && !IsHelpHost(d)) is { } named)
            {
                return named;
            }
        }

        return null;
    }

    /// <summary>A question that names a domain ("5.7.23 for contoso.com") checks that domain.</summary>
    private static (string? Domain, string? Source) QuestionDomain(string body) =>
        DomainScanner.Scan(body).FirstOrDefault(d => !IsHelpHost(d)) is { } domain ? (domain, "the question") : (null, null);

    /// <summary>The name is one of <paramref name="domains"/> or a host under one (the recipient's MX, the remote server).</summary>
    private static bool Within(string name, HashSet<string> domains) =>
        domains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal));

    private static bool IsHelpHost(string domain) =>
        HelpHosts.Any(h => domain == h || domain.EndsWith("." + h, StringComparison.Ordinal));

    private static (string? Domain, string? Selector) Dkim(List<HeaderLine> headers)
    {
        foreach (var header in headers.Where(h => !h.Outer && h.Name.Equals("DKIM-Signature", StringComparison.OrdinalIgnoreCase)))
        {
            var tags = header.Value.Split(';', StringSplitOptions.TrimEntries)
                .Select(t => t.Split('=', 2, StringSplitOptions.TrimEntries)).Where(t => t.Length == 2)
                .GroupBy(t => t[0].ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First()[1].Replace(" ", "", StringComparison.Ordinal), StringComparer.Ordinal);
            var domain = DnsNames.Normalize(tags.GetValueOrDefault("d"));
            var selector = tags.GetValueOrDefault("s");
            if (domain is not null && selector is { Length: > 0 and <= DnsNames.MaxLabelLength } && DnsNames.Normalize(selector + ".x") is not null)
            {
                return (domain, selector.ToLowerInvariant());
            }
        }

        return (null, null);
    }
}
