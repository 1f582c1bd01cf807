namespace NdrBot.Core.Checks.Dns;

/// <summary>One question: a lower-case name without the trailing dot, and a type. Also the cache key.</summary>
public readonly record struct DnsQuery(string Name, DnsRecordType Type)
{
    public override string ToString() => $"{Name} {Type.ToString().ToUpperInvariant()}";
}
