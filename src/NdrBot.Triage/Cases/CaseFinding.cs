namespace NdrBot.Triage.Cases;

/// <summary>
/// One finding as the case's first answer showed it: a failed recipient of a bounce, or a code asked about. Kept
/// with the case so that every later card shows the same facts without reading the paste again. All texts are as
/// the answer showed them (the remote server's words already trimmed); untrusted.
/// </summary>
public sealed record CaseFinding
{
    /// <summary>The code looked up: the enhanced status, else the reply code, else the code as asked.</summary>
    public required string Code { get; init; }

    public string? Status { get; init; }

    public string? ReplyCode { get; init; }

    public string? Recipient { get; init; }

    /// <summary>Failure category (userunknown, mailboxfull…), when known.</summary>
    public string? Reason { get; init; }

    public bool Permanent { get; init; }

    /// <summary>Whether the sending server gave up (final, retrying, delivered, unknown), by NdrBot.Core's name for it.</summary>
    public string? Delivery { get; init; }

    /// <summary>What <see cref="Delivery"/> rests on, in words for the reader.</summary>
    public string? DeliveryBasis { get; init; }

    public string? RemoteServer { get; init; }

    /// <summary>The remote server's own words, trimmed.</summary>
    public string? Diagnostic { get; init; }

    /// <summary>The vendor whose wording the evidence carried, by the catalogue's name for it.</summary>
    public string? Vendor { get; init; }

    /// <summary>Which catalogue entry answered: its code, vendor and variant (so a later card picks the same one).</summary>
    public string? EntryCode { get; init; }

    public string? EntryVendor { get; init; }

    public string? EntryVariant { get; init; }

    /// <summary>The broader code whose entry answered when there was none for <see cref="Code"/> itself.</summary>
    public string? InferredFrom { get; init; }
}
