namespace NdrBot.Core.Checks;

/// <summary>What a live check looked at. Serialised in lower case (<c>spf</c>, <c>blocklist</c>).</summary>
public enum CheckKind
{
    Spf,
    Dmarc,
    Dkim,
    Mx,
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720", Justification = "PTR is the DNS record type the check reads.")]
    Ptr,
    Blocklist,
}
