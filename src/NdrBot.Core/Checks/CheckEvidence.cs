namespace NdrBot.Core.Checks;

/// <summary>
/// What the bounce says about who sent the mail: the sending IP and the sender's domain, each with where it was
/// read, and a DKIM selector when the returned headers carry a signature.
/// </summary>
public sealed record CheckEvidence
{
    public string? SendingIp { get; init; }

    /// <summary>Where the sending IP was read (<c>the remote server's words</c>, <c>a Received header</c>).</summary>
    public string? SendingIpSource { get; init; }

    public string? SenderDomain { get; init; }

    public string? SenderDomainSource { get; init; }

    /// <summary>The <c>d=</c> domain of a DKIM signature in the returned headers.</summary>
    public string? DkimDomain { get; init; }

    /// <summary>The <c>s=</c> selector of that signature, or one the words name.</summary>
    public string? DkimSelector { get; init; }

    public static CheckEvidence None { get; } = new();
}
