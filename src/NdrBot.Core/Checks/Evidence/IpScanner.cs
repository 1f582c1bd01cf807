using System.Net;

namespace NdrBot.Core.Checks.Evidence;

/// <summary>
/// Finds IPv4 and IPv6 addresses in free text with a linear scan. A dotted quad right after a letter or digit
/// (<c>v5.4.6.1</c>) or inside a longer dotted run (<c>1.2.3.4.5</c>) is not an address; IPv6 needs at least
/// three colons, so times (<c>10:32:15</c>) are not taken.
/// </summary>
internal static class IpScanner
{
    public const int MaxMentions = 200;

    /// <summary>The longest text of an IPv6 address (eight four-digit groups, or six and a dotted quad).</summary>
    private const int MaxIpv6Chars = 45;

    public static List<IpMention> Scan(string text)
    {
        var found = new List<IpMention>();
        var i = 0;
        while (i < text.Length && found.Count < MaxMentions)
        {
            if (!IsRunChar(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsRunChar(text[i]))
            {
                i++;
            }

            if (Parse(text, start, i) is { } mention)
            {
                found.Add(mention);
            }
        }

        return found;
    }

    private static bool IsRunChar(char c) => char.IsAsciiHexDigit(c) || c is '.' or ':';

    private static IpMention? Parse(string text, int start, int end)
    {
        while (end > start && text[end - 1] is '.' or ':')
        {
            end--;
        }

        // Note: a run can carry short prefixes before an IPv6 address ("10:32:2001:db8::1"); they are dropped one at a
        // time, and the colons are counted once, so a long run of them costs one pass, not one pass per prefix.
        var colons = text.AsSpan(start, Math.Max(0, end - start)).Count(':');
        while (true)
        {
            // Note: "IPv6:2001:db8::1" (RFC 5321 address literal) leaves a run "6:2001:db8::1"; leading dots and colons are punctuation.
            while (start < end && text[start] is '.' or ':')
            {
                colons -= text[start] == ':' ? 1 : 0;
                start++;
            }

            if (start >= 3 && end - start > 2 && text.AsSpan(start - 3, 5).Equals("IPv6:", StringComparison.OrdinalIgnoreCase))
            {
                start += 2;
                colons--;
            }

            if (colons == 0)
            {
                return V4(text, text[start..end], start, end);
            }

            var run = text.AsSpan(start, end - start);
            if (colons >= 3 && run.Length <= MaxIpv6Chars && IPAddress.TryParse(run, out var v6)
                && v6.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 && !v6.Equals(IPAddress.IPv6Any))
            {
                return new IpMention(v6, start, end);
            }

            var colon = run.IndexOf(':');
            if (colon is <= 0 or >= 3 || colons < 4)
            {
                return null;
            }

            start += colon + 1;
            colons--;
        }
    }

    private static IpMention? V4(string text, string run, int start, int end)
    {
        var parts = run.Split('.');
        if (parts.Length != 4 || parts.Any(p => p.Length is 0 or > 3 || !p.All(char.IsAsciiDigit) || int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) > 255))
        {
            return null;
        }

        if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1]))
        {
            return null;
        }

        return IPAddress.TryParse(run, out var v4) ? new IpMention(v4, start, end) : null;
    }
}
