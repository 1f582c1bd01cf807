using System.Net;
using System.Net.Sockets;

namespace NdrBot.Core.Checks.Dns;

/// <summary>
/// Tells public addresses from private, loopback, link-local, shared, documentation, benchmarking, multicast and
/// reserved ones. Only public addresses are ever sent to a third-party blocklist.
/// </summary>
public static class IpRanges
{
    // Note: RFC 6890 special-purpose registries (IPv4 and IPv6), the ranges a mail server's sending IP can't be in.
    private static readonly (IPAddress Network, int Prefix)[] NotPublic =
    [
        (IPAddress.Parse("0.0.0.0"), 8), (IPAddress.Parse("10.0.0.0"), 8), (IPAddress.Parse("100.64.0.0"), 10),
        (IPAddress.Parse("127.0.0.0"), 8), (IPAddress.Parse("169.254.0.0"), 16), (IPAddress.Parse("172.16.0.0"), 12),
        (IPAddress.Parse("192.0.0.0"), 24), (IPAddress.Parse("192.0.2.0"), 24), (IPAddress.Parse("192.88.99.0"), 24),
        (IPAddress.Parse("192.168.0.0"), 16), (IPAddress.Parse("198.18.0.0"), 15), (IPAddress.Parse("198.51.100.0"), 24),
        (IPAddress.Parse("203.0.113.0"), 24), (IPAddress.Parse("224.0.0.0"), 4), (IPAddress.Parse("240.0.0.0"), 4),
        (IPAddress.Parse("::"), 127), (IPAddress.Parse("::1"), 128), (IPAddress.Parse("64:ff9b:1::"), 48),
        (IPAddress.Parse("100::"), 64), (IPAddress.Parse("2001::"), 23), (IPAddress.Parse("2001:db8::"), 32),
        (IPAddress.Parse("3fff::"), 20), (IPAddress.Parse("fc00::"), 7), (IPAddress.Parse("fe80::"), 10),
        (IPAddress.Parse("ff00::"), 8),
    ];

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return !NotPublic.Any(r => InPrefix(plain, r.Network, r.Prefix));
    }

    /// <summary>True when <paramref name="address"/> is in <paramref name="network"/>/<paramref name="prefix"/> (same family only).</summary>
    public static bool InPrefix(IPAddress address, IPAddress network, int prefix)
    {
        ArgumentNullException.ThrowIfNull(address);
        ArgumentNullException.ThrowIfNull(network);
        if (address.AddressFamily != network.AddressFamily)
        {
            return false;
        }

        var a = address.GetAddressBytes();
        var n = network.GetAddressBytes();
        var bits = Math.Clamp(prefix, 0, a.Length * 8);
        for (var i = 0; i < a.Length && bits > 0; i++, bits -= 8)
        {
            var mask = bits >= 8 ? 0xFF : (0xFF << (8 - bits)) & 0xFF;
            if ((a[i] & mask) != (n[i] & mask))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>What kind of address this is, in a few words, for "not sent to blocklists" messages.</summary>
    public static string Describe(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (IPAddress.IsLoopback(plain))
        {
            return "a loopback address";
        }

        if (InPrefix(plain, IPAddress.Parse("192.0.2.0"), 24) || InPrefix(plain, IPAddress.Parse("198.51.100.0"), 24)
            || InPrefix(plain, IPAddress.Parse("203.0.113.0"), 24) || InPrefix(plain, IPAddress.Parse("2001:db8::"), 32))
        {
            return "a documentation address";
        }

        return plain.AddressFamily == AddressFamily.InterNetworkV6 && plain.IsIPv6LinkLocal ? "a link-local address" : "a private or reserved address";
    }
}
