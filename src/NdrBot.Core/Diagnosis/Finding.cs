using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Core.Diagnosis;

/// <summary>
/// One explained problem: a code from a question, or one failed recipient of a bounce. Fields a plain code
/// question cannot know (recipient, remote MTA, the remote server's words) stay null.
/// </summary>
public sealed record Finding
{
    /// <summary>Enhanced status (<c>5.1.1</c>), or null when only a reply code was given.</summary>
    public string? Status { get; init; }

    public string? ReplyCode { get; init; }

    public string? Recipient { get; init; }

    /// <summary>Failure category (userunknown, mailboxfull…), when known.</summary>
    public string? Reason { get; init; }

    /// <summary>The code's class is 5: the server that answered refused for good. Not whether delivery was abandoned; see <see cref="Delivery"/>.</summary>
    public bool Permanent { get; init; }

    /// <summary>Whether the sending server has given up (final) or still retries, as the report shows it.</summary>
    public DeliveryState Delivery { get; init; }

    /// <summary>What <see cref="Delivery"/> rests on, in words for the reader (the DSN Action, a phrase of the report…).</summary>
    public string? DeliveryBasis { get; init; }

    public string? RemoteMta { get; init; }

    /// <summary>The remote server's own words (Diagnostic-Code or the SMTP reply text).</summary>
    public string? Diagnostic { get; init; }

    /// <summary>The vendor whose wording the evidence carries, when it could be told.</summary>
    public Vendor? Vendor { get; init; }

    public required LookupResult Lookup { get; init; }
}
