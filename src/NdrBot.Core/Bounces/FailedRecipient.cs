using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Bounces;

/// <summary>One recipient a report says failed (or, for delivery reports, succeeded), in message order.</summary>
public sealed record FailedRecipient
{
    public string? Recipient { get; init; }

    /// <summary>Enhanced status such as <c>5.1.1</c> (null for feedback reports and auto-replies); see <see cref="StatusInferred"/>.</summary>
    public string? Status { get; init; }

    /// <summary>True when the message carried no enhanced code and <see cref="Status"/> was chosen from the reason.</summary>
    public bool StatusInferred { get; init; }

    public string? ReplyCode { get; init; }

    /// <summary>Failure category in <see cref="ReasonVocabulary"/> terms (userunknown, mailboxfull…).</summary>
    public required string Reason { get; init; }

    /// <summary>Class 5: retrying the same message will not help.</summary>
    public bool Permanent { get; init; }

    /// <summary>The address itself is bad (unknown user or domain, moved, null MX): stop sending to it.</summary>
    public bool HardBounce { get; init; }

    /// <summary>The DSN <c>Action</c> (failed, delayed, delivered…), when given.</summary>
    public string? Action { get; init; }

    /// <summary>
    /// Whether the sending server has given up on this recipient (final) or still retries (a delay notice), from the
    /// DSN <c>Action</c>, then the report's own words, then the status class.
    /// </summary>
    public Diagnosis.DeliveryState Delivery { get; init; }

    /// <summary>What <see cref="Delivery"/> rests on, in words for the reader.</summary>
    public string? DeliveryBasis { get; init; }

    public string? RemoteMta { get; init; }

    /// <summary>The remote server's own words, whitespace collapsed.</summary>
    public string? Diagnostic { get; init; }

    public LookupResult? Lookup { get; init; }

    /// <summary>For a feedback (ARF) report, its Feedback-Type: abuse, fraud, auth-failure… (RFC 5965, RFC 6591).</summary>
    public string? FeedbackType { get; init; }

    /// <summary>What decided <see cref="Reason"/> (for tooling; not part of any output contract).</summary>
    internal Reasons.ReasonDecision? Decision { get; init; }
}
