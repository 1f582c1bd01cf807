namespace NdrBot.Core.Bounces.Evidence;

/// <summary>What one part of a report says about one recipient, before any classification.</summary>
internal sealed record RecipientEvidence
{
    public string? Recipient { get; init; }

    /// <summary>A status given in a DSN <c>Status:</c> field or the text, as written.</summary>
    public string? Status { get; init; }

    public string? ReplyCode { get; init; }

    public string? Action { get; init; }

    public string? RemoteMta { get; init; }

    public string? Diagnostic { get; init; }

    /// <summary>The SMTP command the failure followed (RCPT, MAIL, DATA, EHLO…), when the report says.</summary>
    public string? Command { get; init; }

    /// <summary>Surrounding report text, used for classification only (may hold boilerplate).</summary>
    public string Context { get; init; } = "";

    /// <summary>A reason the reporting system states itself (PowerMTA's <c>X-PowerMTA-BounceCategory</c>).</summary>
    public string? StatedReason { get; init; }

    /// <summary>The Diagnostic-Code type (SMTP, X-UNIX, X-POSTFIX), when given.</summary>
    public string? DiagnosticType { get; init; }
}
