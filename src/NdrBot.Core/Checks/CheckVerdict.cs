namespace NdrBot.Core.Checks;

/// <summary>
/// What a check found. Serialised in lower case without separators (<c>softfail</c>, <c>notlisted</c>,
/// <c>couldnotcheck</c>), the words of RFC 7208 §2.6 for SPF results.
/// </summary>
public enum CheckVerdict
{
    /// <summary>SPF allows the IP; a PTR name resolves back to the IP.</summary>
    Pass,

    /// <summary>SPF says the IP is not allowed (<c>-all</c> or another <c>-</c> term matched).</summary>
    Fail,

    /// <summary>SPF says the IP is probably not allowed (<c>~all</c>).</summary>
    SoftFail,

    /// <summary>SPF makes no statement about the IP (<c>?all</c>, or no term matched).</summary>
    Neutral,

    /// <summary>The record is broken: a syntax error, two records, or more than 10 DNS lookups (RFC 7208 permerror).</summary>
    PermError,

    /// <summary>The record exists (SPF read without an IP to test, a DKIM key, MX hosts).</summary>
    Found,

    /// <summary>No record: no SPF, no DMARC, no DKIM key, no PTR, or no MX (mail then falls back to the A record).</summary>
    Missing,

    /// <summary>DMARC <c>p=reject</c>: receivers are asked to refuse mail that fails DMARC.</summary>
    Reject,

    /// <summary>DMARC <c>p=quarantine</c>: mail that fails DMARC goes to spam.</summary>
    Quarantine,

    /// <summary>DMARC <c>p=none</c>: reports only.</summary>
    Monitor,

    /// <summary>The domain says it accepts no mail at all (null MX, RFC 7505).</summary>
    NullMx,

    /// <summary>The domain does not exist (NXDOMAIN).</summary>
    NxDomain,

    /// <summary>The domain exists but has no MX, A or AAAA record: it cannot receive mail.</summary>
    NoData,

    /// <summary>The PTR name does not resolve back to the same IP.</summary>
    Mismatch,

    /// <summary>The IP is on the blocklist.</summary>
    Listed,

    /// <summary>The IP is not on the blocklist.</summary>
    NotListed,

    /// <summary>The check could not be made: no answer in time, a bad name, nothing to check, or the list refused the query.</summary>
    CouldNotCheck,
}
