using System.Net;
using System.Net.Sockets;
using DnsClient;
using DnsClient.Protocol;

namespace NdrBot.Core.Checks.Dns;

/// <summary>
/// Asks real DNS servers over UDP, falling back to TCP for truncated answers (DnsClient). No cache here: the
/// <see cref="CachingDnsLookup"/> in front of it keeps answers by their TTL. No servers means the system resolver.
/// </summary>
internal sealed class WireDnsLookup : IDnsLookup
{
    private static readonly TimeSpan DefaultNegativeTtl = TimeSpan.FromMinutes(1);

    private readonly LookupClient? _client;
    private readonly string? _setupError;

    public WireDnsLookup(IReadOnlyList<IPEndPoint> servers, TimeSpan timeout)
    {
        try
        {
            var options = servers.Count == 0 ? new LookupClientOptions() : new LookupClientOptions([.. servers.Select(s => new NameServer(s))]);
            options.UseCache = false;
            options.Timeout = timeout;
            options.Retries = 0;
            options.ThrowDnsErrors = false;
            options.ContinueOnDnsError = false;
            options.ContinueOnEmptyResponse = false;
            options.UseTcpFallback = true;
            _client = new LookupClient(options);
        }
        catch (Exception ex) when (ex is DnsResponseException or InvalidOperationException or ArgumentException or IOException or SocketException)
        {
            _setupError = "no DNS resolver configured";
        }
    }

    public async Task<DnsAnswer> LookupAsync(DnsQuery query, CancellationToken cancellationToken)
    {
        if (_client is null)
        {
            return DnsAnswer.Failed(_setupError ?? "no DNS resolver configured");
        }

        try
        {
            var response = await _client.QueryAsync(query.Name, ToQueryType(query.Type), QueryClass.IN, cancellationToken).WaitAsync(cancellationToken);
            return Map(query, response);
        }
        catch (DnsResponseException ex)
        {
            return DnsAnswer.Failed(ex.Code == DnsResponseCode.ConnectionTimeout ? "timed out" : "no answer (" + ex.Code + ")");
        }
        catch (SocketException ex)
        {
            return DnsAnswer.Failed("network error (" + ex.SocketErrorCode + ")");
        }
    }

    private static DnsAnswer Map(DnsQuery query, IDnsQueryResponse response)
    {
        var code = response.Header.ResponseCode;
        if (code == DnsHeaderResponseCode.NotExistentDomain)
        {
            return new DnsAnswer(DnsStatus.NxDomain, [], NegativeTtl(response));
        }

        if (code != DnsHeaderResponseCode.NoError)
        {
            return DnsAnswer.Failed("server answered " + code);
        }

        var records = response.Answers.Select(r => ToRecord(query.Type, r)).OfType<DnsRecord>().ToList();
        if (records.Count == 0)
        {
            return new DnsAnswer(DnsStatus.NoData, [], NegativeTtl(response));
        }

        var ttl = response.Answers.Where(r => ToRecord(query.Type, r) is not null).Min(r => r.InitialTimeToLive);
        return new DnsAnswer(DnsStatus.Found, records, TimeSpan.FromSeconds(Math.Max(0, ttl)));
    }

    /// <summary>Note: RFC 2308 §5: a negative answer is cached for the lesser of the SOA's TTL and its MINIMUM field.</summary>
    private static TimeSpan NegativeTtl(IDnsQueryResponse response) =>
        response.Authorities.OfType<SoaRecord>().Select(s => TimeSpan.FromSeconds(Math.Min(s.InitialTimeToLive, s.Minimum))).FirstOrDefault(DefaultNegativeTtl);

    private static DnsRecord? ToRecord(DnsRecordType type, DnsResourceRecord record) => (type, record) switch
    {
        (DnsRecordType.A, ARecord a) => new DnsRecord(a.Address.ToString()),
        (DnsRecordType.Aaaa, AaaaRecord a) => new DnsRecord(a.Address.ToString()),
        (DnsRecordType.Mx, MxRecord mx) => new DnsRecord(HostName(mx.Exchange.Value), mx.Preference),
        (DnsRecordType.Ptr, PtrRecord ptr) => new DnsRecord(HostName(ptr.PtrDomainName.Value)),
        (DnsRecordType.Txt, TxtRecord txt) => new DnsRecord(string.Concat(txt.Text)),
        _ => null,
    };

    private static string HostName(string name) => name.TrimEnd('.').ToLowerInvariant();

    private static QueryType ToQueryType(DnsRecordType type) => type switch
    {
        DnsRecordType.A => QueryType.A,
        DnsRecordType.Aaaa => QueryType.AAAA,
        DnsRecordType.Mx => QueryType.MX,
        DnsRecordType.Txt => QueryType.TXT,
        _ => QueryType.PTR,
    };
}
