using System.Net;

namespace NdrBot.Core.Checks.Spf;

/// <summary>
/// One SPF evaluation: the IP being tested, the sender, and the counters that bound it (10 DNS-querying terms and
/// 2 void lookups, RFC 7208 §4.6.4).
/// </summary>
internal sealed class SpfContext(IPAddress ip, string sender)
{
    public const int MaxLookups = 10;

    public const int MaxVoidLookups = 2;

    public IPAddress Ip { get; } = ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip;

    public string Sender { get; } = sender;

    public string LocalPart => Sender[..Math.Max(0, Sender.LastIndexOf('@'))] is { Length: > 0 } local ? local : "postmaster";

    public string SenderDomain => Sender[(Sender.LastIndexOf('@') + 1)..];

    public int Lookups { get; private set; }

    public int VoidLookups { get; private set; }

    /// <summary>Counts one DNS-querying term; false once the limit is passed.</summary>
    public bool TakeLookup() => ++Lookups <= MaxLookups;

    /// <summary>Counts one lookup that found nothing; false once the limit is passed.</summary>
    public bool TakeVoid() => ++VoidLookups <= MaxVoidLookups;
}
