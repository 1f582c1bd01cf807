namespace NdrBot.Core.Checks.Dns;

/// <summary>How a lookup ended.</summary>
public enum DnsStatus
{
    /// <summary>Records of the asked type came back.</summary>
    Found,

    /// <summary>The name exists but has no record of that type (NOERROR, empty answer).</summary>
    NoData,

    /// <summary>The name does not exist (NXDOMAIN).</summary>
    NxDomain,

    /// <summary>No usable answer: timeout, SERVFAIL, REFUSED, network error, or the lookup limit was reached.</summary>
    Failed,
}
