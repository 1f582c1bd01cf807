using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>Compares cases by value, lists and sets included (records compare collections by reference).</summary>
internal sealed class CaseComparer : IEqualityComparer<Case?>
{
    public static CaseComparer Instance { get; } = new();

    public bool Equals(Case? x, Case? y) =>
        x is null || y is null
            ? x is null && y is null
            : x with { Codes = [], Recipients = [], ChecklistDone = Empty, Details = null } == y with { Codes = [], Recipients = [], ChecklistDone = Empty, Details = null }
              && x.Codes.SequenceEqual(y.Codes) && x.Recipients.SequenceEqual(y.Recipients) && x.ChecklistDone.SetEquals(y.ChecklistDone)
              && DetailsEqual(x.Details, y.Details);

    public static bool DetailsEqual(CaseDetails? x, CaseDetails? y) =>
        x is null || y is null ? x is null && y is null : x.Kind == y.Kind && x.Findings.SequenceEqual(y.Findings);

    public int GetHashCode(Case? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;

    private static readonly HashSet<string> Empty = [];
}
