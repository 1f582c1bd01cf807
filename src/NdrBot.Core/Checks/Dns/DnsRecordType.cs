namespace NdrBot.Core.Checks.Dns;

/// <summary>The record types the live checks read.</summary>
public enum DnsRecordType
{
    A,
    Aaaa,
    Mx,
    Txt,
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "PTR is the DNS record type.")]
    Ptr,
}
