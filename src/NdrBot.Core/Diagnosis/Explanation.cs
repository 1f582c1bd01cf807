using NdrBot.Core.Catalogue;

namespace NdrBot.Core.Diagnosis;

/// <summary>NdrBot's answer before any channel formatting: findings in order, and relevant checklists.</summary>
public sealed record Explanation(ExplanationKind Kind, IReadOnlyList<Finding> Findings, IReadOnlyList<Checklist> Checklists)
{
    /// <summary>Notices for the reader, e.g. that an oversized paste was cut.</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>
    /// For a bounce, how many failed recipients it names in all; <see cref="Findings"/> holds at most the analyser's
    /// cap of them (<see cref="Bounces.BounceAnalyzerOptions.MaxRecipients"/>).
    /// </summary>
    public int TotalFindings
    {
        get => Math.Max(_totalFindings, Findings.Count);
        init => _totalFindings = value;
    }

    private readonly int _totalFindings;

    public bool IsBounce => Kind == ExplanationKind.Bounce;

    public bool IsEmpty => Findings.Count == 0 && Checklists.Count == 0;
}
