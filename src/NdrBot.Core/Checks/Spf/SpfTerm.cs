namespace NdrBot.Core.Checks.Spf;

/// <summary>
/// One directive of an SPF record (RFC 7208 §4.6.1): qualifier, mechanism name, its domain-spec or network, and
/// the CIDR lengths for <c>a</c>, <c>mx</c>, <c>ip4</c> and <c>ip6</c>.
/// </summary>
internal sealed record SpfTerm(char Qualifier, string Mechanism, string? Argument, int Cidr4, int Cidr6, string Text)
{
    /// <summary>Mechanisms that make a DNS query and count toward the 10-lookup limit (RFC 7208 §4.6.4).</summary>
    public bool CountsAsLookup => Mechanism is "include" or "a" or "mx" or "ptr" or "exists";

    public SpfResult Result => Qualifier switch
    {
        '-' => SpfResult.Fail,
        '~' => SpfResult.SoftFail,
        '?' => SpfResult.Neutral,
        _ => SpfResult.Pass,
    };
}
