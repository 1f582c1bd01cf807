using NdrBot.Cards.Model;

namespace NdrBot.Cards.Tests.Coverage;

/// <summary>Collects rule breaches and the largest card sizes over many answers.</summary>
internal sealed class CoverageReport
{
    private readonly List<string> _problems = [];

    public int Count { get; private set; }

    public (int Bytes, string Name) LargestAdaptive { get; private set; }

    public (int Bytes, string Name) LargestSlack { get; private set; }

    public IReadOnlyList<string> Problems => _problems;

    public void Check(string name, Answer answer)
    {
        Count++;
        var problems = Support.CardChecks.Problems(answer, out var adaptive, out var slack);
        _problems.AddRange(problems.Take(3).Select(p => $"{name}: {p}"));
        if (adaptive > LargestAdaptive.Bytes)
        {
            LargestAdaptive = (adaptive, name);
        }

        if (slack > LargestSlack.Bytes)
        {
            LargestSlack = (slack, name);
        }
    }

    public override string ToString() =>
        $"{Count} answers; largest adaptive {LargestAdaptive.Bytes} bytes ({LargestAdaptive.Name}), largest slack {LargestSlack.Bytes} bytes ({LargestSlack.Name})";

    public void AssertClean() =>
        Assert.True(_problems.Count == 0, $"{_problems.Count} problems:\n" + string.Join("\n", _problems.Take(40)));
}
