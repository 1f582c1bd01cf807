namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>One <see cref="Tally"/> per scored field, in a fixed order, for one corpus or one part of it.</summary>
internal sealed class FieldScores
{
    private readonly Dictionary<string, Tally> _tallies = new(StringComparer.Ordinal);

    public FieldScores(params string[] fields)
    {
        foreach (var field in fields)
        {
            _tallies[field] = new Tally(field);
        }
    }

    public IEnumerable<Tally> All => _tallies.Values;

    public Tally this[string field] => _tallies[field];

    public IEnumerable<string> Misses => _tallies.Values.SelectMany(t => t.Misses);

    public void Add(FieldScores other)
    {
        foreach (var tally in other.All)
        {
            _tallies[tally.Name].Add(tally);
        }
    }

    public string Summary() => string.Join("; ", _tallies.Values.Where(t => t.Total > 0));
}
