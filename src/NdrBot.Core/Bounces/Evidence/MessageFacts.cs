using NdrBot.Core.Bounces.Mime;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>What <see cref="MessageInspector"/> gathered from one parsed message.</summary>
internal sealed record MessageFacts
{
    public string? From { get; init; }

    public IReadOnlyList<string> To { get; init; } = [];

    public string Subject { get; init; } = "";

    /// <summary>Auto-Submitted: auto-replied, X-Autoreply and the like.</summary>
    public bool AutoReplyHeaders { get; init; }

    /// <summary>Exim's <c>X-Failed-Recipients</c> header, in order.</summary>
    public IReadOnlyList<string> FailedRecipientsHeader { get; init; } = [];

    /// <summary>Per-recipient DSN field groups, in order (the per-message group is left out).</summary>
    public IReadOnlyList<IReadOnlyDictionary<string, string>> DsnGroups { get; init; } = [];

    public string? ReportingMta { get; init; }

    /// <summary>Fields of an ARF <c>message/feedback-report</c> part, when there is one.</summary>
    public IReadOnlyDictionary<string, string>? Feedback { get; init; }

    /// <summary>The visible text of the report, without the returned original message.</summary>
    public string Text { get; init; } = "";

    /// <summary>The returned original message's sender and recipients, when it is attached.</summary>
    public string? OriginalFrom { get; init; }

    public IReadOnlyList<string> OriginalTo { get; init; } = [];

    /// <summary>Messages attached whole (forwarded bounces are read from here when the outer one is not a report).</summary>
    public IReadOnlyList<MimeKit.MimeMessage> Attached { get; init; } = [];

    public bool DepthExceeded { get; init; }
}
