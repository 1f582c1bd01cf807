namespace NdrBot.Cards.Model;

/// <summary>
/// NdrBot's reply before any channel formatting. Teams, the web chat and Slack all render this one model, so they
/// show the same thing. Every text here is plain text: renderers escape it for their format.
/// </summary>
public sealed record Answer
{
    public required AnswerKind Kind { get; init; }

    /// <summary>The card heading.</summary>
    public required string Title { get; init; }

    /// <summary>One line that sums the answer up; also the notification and fallback text.</summary>
    public required string Summary { get; init; }

    /// <summary>Codes explained, in the order they were found.</summary>
    public IReadOnlyList<CodeSection> Codes { get; init; } = [];

    /// <summary>Failed recipients shown on a bounce card (already capped).</summary>
    public IReadOnlyList<RecipientSection> Recipients { get; init; } = [];

    /// <summary>Failed recipients left off the card ("and N more").</summary>
    public int MoreRecipients { get; init; }

    /// <summary>Next steps for the whole answer (a bounce's steps, combined over its recipients).</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    public ChecklistSection? Checklist { get; init; }

    /// <summary>Live DNS checks (SPF, DMARC, MX, PTR, blocklists), when they were run or are running.</summary>
    public ChecksSection? Checks { get; init; }

    /// <summary>Plain lines: help examples, or what was understood when nothing was found.</summary>
    public IReadOnlyList<string> Lines { get; init; } = [];

    /// <summary>Notices for the reader, e.g. that an oversized paste was cut.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>The case the triage buttons act on; null for answers without triage (help, not found).</summary>
    public TriageSection? Triage { get; init; }
}
