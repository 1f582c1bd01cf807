namespace NdrBot.Core.Checks.Dns;

/// <summary>Asks DNS one question. Never throws for DNS trouble: a failure is a <see cref="DnsStatus.Failed"/> answer.</summary>
internal interface IDnsLookup
{
    Task<DnsAnswer> LookupAsync(DnsQuery query, CancellationToken cancellationToken);
}
