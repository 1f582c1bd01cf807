using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace NdrBot.Core.Checks.Spf;

/// <summary>Parses the text of an SPF record into terms (RFC 7208 §4.6 and §12), returning the first syntax error as a value.</summary>
internal static class SpfParser
{
    private static readonly HashSet<string> Mechanisms = new(StringComparer.Ordinal) { "all", "include", "a", "mx", "ptr", "ip4", "ip6", "exists" };

    /// <summary>True for the text of an SPF record: <c>v=spf1</c> alone or followed by a space (RFC 7208 §4.5).</summary>
    public static bool IsSpf(string text) =>
        text.StartsWith("v=spf1", StringComparison.OrdinalIgnoreCase) && (text.Length == 6 || text[6] == ' ');

    public static SpfRecord Parse(string text)
    {
        var terms = new List<SpfTerm>();
        string? redirect = null;
        var exp = false;
        foreach (var word in text[6..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var nameEnd = word.IndexOfAny([':', '/', '=']);
            if (nameEnd > 0 && word[nameEnd] == '=' && char.IsAsciiLetter(word[0]))
            {
                var name = word[..nameEnd].ToLowerInvariant();
                if ((name == "redirect" && redirect is not null) || (name == "exp" && exp))
                {
                    return SpfRecord.Invalid($"'{name}' appears twice");
                }

                redirect = name == "redirect" ? word[(nameEnd + 1)..] : redirect;
                exp |= name == "exp";
                continue;
            }

            if (ParseTerm(word) is { } term)
            {
                terms.Add(term);
            }
            else
            {
                return SpfRecord.Invalid($"syntax error in '{word}'");
            }
        }

        return new SpfRecord(terms, redirect, null);
    }

    private static SpfTerm? ParseTerm(string word)
    {
        var qualifier = word[0] is '+' or '-' or '~' or '?' ? word[0] : '+';
        var body = word[0] is '+' or '-' or '~' or '?' ? word[1..] : word;
        var end = body.IndexOfAny([':', '/']);
        var name = (end < 0 ? body : body[..end]).ToLowerInvariant();
        var rest = end < 0 ? "" : body[end..];
        if (!Mechanisms.Contains(name))
        {
            return null;
        }

        return name switch
        {
            "all" => rest.Length == 0 ? new SpfTerm(qualifier, name, null, 32, 128, word) : null,
            "include" or "exists" => rest.Length > 1 && rest[0] == ':' ? new SpfTerm(qualifier, name, rest[1..], 32, 128, word) : null,
            "ptr" => rest.Length == 0 ? new SpfTerm(qualifier, name, null, 32, 128, word) : rest.Length > 1 && rest[0] == ':' ? new SpfTerm(qualifier, name, rest[1..], 32, 128, word) : null,
            "a" or "mx" => DomainWithCidr(qualifier, name, rest, word),
            _ => Network(qualifier, name, rest, word),
        };
    }

    private static SpfTerm? DomainWithCidr(char qualifier, string name, string rest, string word)
    {
        string? domain = null;
        if (rest.StartsWith(':'))
        {
            var slash = rest.IndexOf('/', StringComparison.Ordinal);
            domain = slash < 0 ? rest[1..] : rest[1..slash];
            rest = slash < 0 ? "" : rest[slash..];
            if (domain.Length == 0)
            {
                return null;
            }
        }

        // Note: dual-cidr-length is "/n", "//m" or "/n//m" (RFC 7208 §5.6).
        var cidr4 = 32;
        var cidr6 = 128;
        var six = rest.IndexOf("//", StringComparison.Ordinal);
        var four = six < 0 ? rest : rest[..six];
        if (four.Length > 0 && !TryPrefix(four, 32, out cidr4))
        {
            return null;
        }

        if (six >= 0 && !TryPrefix(rest[(six + 1)..], 128, out cidr6))
        {
            return null;
        }

        return new SpfTerm(qualifier, name, domain, cidr4, cidr6, word);
    }

    private static SpfTerm? Network(char qualifier, string name, string rest, string word)
    {
        if (rest.Length < 2 || rest[0] != ':')
        {
            return null;
        }

        var family = name == "ip4" ? AddressFamily.InterNetwork : AddressFamily.InterNetworkV6;
        var max = name == "ip4" ? 32 : 128;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var address = slash < 0 ? rest[1..] : rest[1..slash];
        var prefix = max;
        if (!IPAddress.TryParse(address, out var ip) || ip.AddressFamily != family || (slash >= 0 && !TryPrefix(rest[slash..], max, out prefix)))
        {
            return null;
        }

        return name == "ip4" ? new SpfTerm(qualifier, name, ip.ToString(), prefix, 128, word) : new SpfTerm(qualifier, name, ip.ToString(), 32, prefix, word);
    }

    private static bool TryPrefix(string text, int max, out int prefix)
    {
        prefix = max;
        return text.Length > 1 && text[0] == '/' && text.Length <= 4
            && int.TryParse(text.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out prefix) && prefix <= max
            && (text.Length == 2 || text[1] != '0');
    }
}
