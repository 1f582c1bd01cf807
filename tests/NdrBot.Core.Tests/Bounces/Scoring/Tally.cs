namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>Right answers out of those asked for one field, and a line for each miss.</summary>
internal sealed class Tally(string name)
{
    private readonly List<string> _misses = [];

    public string Name => name;

    public int Right { get; private set; }

    public int Total { get; private set; }

    public double Rate => Total == 0 ? 1 : (double)Right / Total;

    public IReadOnlyList<string> Misses => _misses;

    public void Add(bool ok, string where, string expected, string? got)
    {
        Total++;
        if (ok)
        {
            Right++;
            return;
        }

        _misses.Add($"MISS {name}: {where} expected '{expected}' got '{got}'");
    }

    public void Add(Tally other)
    {
        Right += other.Right;
        Total += other.Total;
        _misses.AddRange(other.Misses);
    }

    public override string ToString() => $"{name} {Right}/{Total} ({Rate:P1})";
}
