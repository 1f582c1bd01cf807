using System.Net;
using ARSoft.Tools.Net;
using ARSoft.Tools.Net.Dns;

namespace NdrBot.Tests.Shared.Dns;

/// <summary>The records a <see cref="TestDnsServer"/> serves, and the name suffixes it never answers (to test timeouts).</summary>
internal sealed class TestZone
{
    private readonly List<DnsRecordBase> _records = [];
    private readonly List<string> _silent = [];

    public IReadOnlyList<DnsRecordBase> Records => _records;

    public IReadOnlyList<string> Silent => _silent;

    public TestZone Txt(string name, string text, int ttl = 300) => Add(new TxtRecord(Name(name), ttl, text));

    /// <summary>A TXT record made of several strings (RFC 7208 §3.3: they are joined without spaces).</summary>
    public TestZone TxtParts(string name, params string[] parts) => Add(new TxtRecord(Name(name), 300, parts));

    public TestZone A(string name, string address, int ttl = 300) => Add(new ARecord(Name(name), ttl, IPAddress.Parse(address)));

    public TestZone Aaaa(string name, string address, int ttl = 300) => Add(new AaaaRecord(Name(name), ttl, IPAddress.Parse(address)));

    /// <summary>An MX record; a host of "." is the null MX of RFC 7505.</summary>
    public TestZone Mx(string name, ushort preference, string host, int ttl = 300) =>
        Add(new MxRecord(Name(name), ttl, preference, host == "." ? DomainName.Root : Name(host)));

    public TestZone Ptr(string address, string host, int ttl = 300) =>
        Add(new PtrRecord(IPAddress.Parse(address).GetReverseLookupDomain(), ttl, Name(host)));

    /// <summary>Names ending in <paramref name="suffix"/> get no answer at all, over UDP or TCP.</summary>
    public TestZone NeverAnswer(string suffix)
    {
        _silent.Add(suffix.ToLowerInvariant());
        return this;
    }

    private TestZone Add(DnsRecordBase record)
    {
        _records.Add(record);
        return this;
    }

    private static DomainName Name(string name) => DomainName.Parse(name);
}
