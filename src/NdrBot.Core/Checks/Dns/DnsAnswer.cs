namespace NdrBot.Core.Checks.Dns;

/// <summary>What a lookup gave: its status, the records, and how long it may be cached.</summary>
public sealed record DnsAnswer(DnsStatus Status, IReadOnlyList<DnsRecord> Records, TimeSpan Ttl)
{
    /// <summary>Why a <see cref="DnsStatus.Failed"/> lookup failed, in a few words.</summary>
    public string? Error { get; init; }

    public static DnsAnswer Failed(string error) => new(DnsStatus.Failed, [], TimeSpan.Zero) { Error = error };

    public bool IsVoid => Status is DnsStatus.NoData or DnsStatus.NxDomain;
}
