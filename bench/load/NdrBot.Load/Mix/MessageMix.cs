namespace NdrBot.Load.Mix;

/// <summary>
/// A fixed, seeded sequence of messages drawn from the corpus by the weights; every connection walks the same
/// sequence through one shared cursor, so both bots see the same texts in the same proportions.
/// </summary>
internal sealed class MessageMix
{
    private readonly MixMessage[] _sequence;
    private long _cursor = -1;

    public MessageMix(SampleCorpus corpus, MixWeights weights, int seed, int length = 4_096)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(weights);
        var random = new Random(seed);
        _sequence = new MixMessage[length];
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(weights.Total);
            var pool = roll < weights.Code ? corpus.Codes : roll < weights.Code + weights.ShortPaste ? corpus.ShortPastes : corpus.LongPastes;
            _sequence[i] = pool[random.Next(pool.Count)];
        }
    }

    public IReadOnlyList<MixMessage> Sequence => _sequence;

    /// <summary>The next message and its running number (used to make activity ids unique).</summary>
    public (MixMessage Message, long Number) Next()
    {
        var n = Interlocked.Increment(ref _cursor);
        return (_sequence[n % _sequence.Length], n);
    }
}
