using BenchmarkDotNet.Attributes;
using NdrBot.Core.Bounces;

namespace NdrBot.Benchmarks;

/// <summary>
/// Single-message analysis (target: at least 10,000 typical bounces a second on one core): a small Postfix DSN from
/// the corpus, and the same bounce padded to about 100 KB and 1 MiB (the analyser's input limit).
/// </summary>
[MemoryDiagnoser]
public class BounceBenchmarks
{
    private readonly BounceAnalyzer _analyzer = new();
    private readonly byte[] _typical = BounceSamples.Load("lhost-postfix-06.eml");
    private byte[] _100K = [];
    private byte[] _1M = [];

    [GlobalSetup]
    public void Setup()
    {
        _100K = BounceSamples.Padded(_typical, 100 * 1024);
        _1M = BounceSamples.Padded(_typical, (1 << 20) - 4096);
    }

    [Benchmark]
    public int Analyze_TypicalBounce() => _analyzer.Analyze(_typical).Recipients.Count;

    [Benchmark]
    public int Analyze_100KB_Bounce() => _analyzer.Analyze(_100K).Recipients.Count;

    [Benchmark]
    public int Analyze_1MiB_Bounce() => _analyzer.Analyze(_1M).Recipients.Count;
}
