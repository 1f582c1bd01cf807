using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace NdrBot.Core.Checks.Dns;

/// <summary>Host name syntax and the reverse names used for PTR and blocklist lookups.</summary>
public static class DnsNames
{
    public const int MaxNameLength = 253;

    public const int MaxLabelLength = 63;

    /// <summary>
    /// The name in lower case without a trailing dot, or null when it is not a usable host name: empty labels,
    /// labels over 63 characters, a name over 253, characters other than letters, digits, hyphen and underscore,
    /// a label starting or ending with a hyphen, no dot at all, or an all-numeric last label.
    /// </summary>
    public static string? Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var trimmed = name.Trim();
        if (trimmed.EndsWith('.'))
        {
            trimmed = trimmed[..^1];
        }

        if (trimmed.Length is 0 or > MaxNameLength || !trimmed.Contains('.', StringComparison.Ordinal))
        {
            return null;
        }

        var labels = trimmed.Split('.');
        if (!labels.All(IsLabel) || labels[^1].All(char.IsAsciiDigit))
        {
            return null;
        }

        return trimmed.ToLowerInvariant();
    }

    private static bool IsLabel(string label) =>
        label.Length is > 0 and <= MaxLabelLength
        && label[0] != '-' && label[^1] != '-'
        && label.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>The <c>in-addr.arpa</c> or <c>ip6.arpa</c> name of an address (RFC 1035 §3.5, RFC 3596 §2.5).</summary>
    public static string ReverseName(IPAddress address) => Reversed(address) + (address.AddressFamily == AddressFamily.InterNetwork ? ".in-addr.arpa" : ".ip6.arpa");

    /// <summary>The name a DNS blocklist is asked for an address: the reversed address under the list's zone.</summary>
    public static string BlocklistName(IPAddress address, string zone) => Reversed(address) + "." + zone;

    /// <summary>IPv4 octets or IPv6 nibbles, last first, joined by dots (also the SPF <c>%{ir}</c> form reversed back).</summary>
    public static string Reversed(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return string.Join('.', Dotted(address).Reverse());
    }

    /// <summary>IPv4 octets or IPv6 nibbles in order (RFC 7208 §7.3: the <c>i</c> macro of an IPv6 address).</summary>
    public static IEnumerable<string> Dotted(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return bytes.Select(b => b.ToString(CultureInfo.InvariantCulture));
        }

        var hex = new StringBuilder();
        foreach (var b in bytes)
        {
            hex.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        return hex.ToString().Select(c => c.ToString());
    }
}
