using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>Compares cases by value, lists and sets included (records compare collections by reference).</summary>
internal sealed class CaseComparer : IEqualityComparer<Case?>
{
    public static CaseComparer Instance { get; } = new();

    public bool Equals(Case? x, Case? y) =>
        x is null || y is null
            ? x is null && y is null
            : x with { Codes = [], Recipients = [], ChecklistDone = Empty } == y with { Codes = [], Recipients = [], ChecklistDone = Empty }
              && x.Codes.SequenceEqual(y.Codes) && x.Recipients.SequenceEqual(y.Recipients) && x.ChecklistDone.SetEquals(y.ChecklistDone);

    public int GetHashCode(Case? obj) => obj?.Id.GetHashCode(StringComparison.Ordinal) ?? 0;

    private static readonly HashSet<string> Empty = [];
}
