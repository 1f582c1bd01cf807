namespace NdrBot.Core.Checks.Dns;

/// <summary>
/// One record as text: an address for A/AAAA, the host name (no trailing dot) for MX and PTR, the strings of a TXT
/// record joined without separators (RFC 7208 §3.3). <see cref="Preference"/> is the MX preference.
/// </summary>
public sealed record DnsRecord(string Value, int Preference = 0);
