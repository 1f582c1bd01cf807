namespace NdrBot.Core.Checks;

/// <summary>
/// The live checks for one answer: per finding, the evidence they used, and whether every check answered within
/// the budget. A plain record, serialisable with <see cref="ChecksJsonContext"/>, so a case can store it.
/// </summary>
public sealed record CheckReport
{
    public IReadOnlyList<FindingChecks> Findings { get; init; } = [];

    public CheckEvidence Evidence { get; init; } = CheckEvidence.None;

    /// <summary>False when the budget ran out, the checks were turned off, or more checks were needed than allowed.</summary>
    public bool Complete { get; init; } = true;

    /// <summary>Notes for the reader (checks left out, budget reached).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    public static CheckReport Empty { get; } = new();

    /// <summary>Each distinct check once, in the order the findings first need them.</summary>
    public IReadOnlyList<CheckResult> Distinct() => [.. Findings.SelectMany(f => f.Checks).Distinct()];

    public IReadOnlyList<CheckResult> For(int finding) => Findings.FirstOrDefault(f => f.Finding == finding)?.Checks ?? [];
}
