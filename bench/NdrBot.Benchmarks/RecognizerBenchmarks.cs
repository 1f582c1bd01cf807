using BenchmarkDotNet.Attributes;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Codes;

namespace NdrBot.Benchmarks;

/// <summary>Recognition over a 40 KB chat message (target: at least 100 MB/s) and a short question.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private readonly CodeRecognizer _recognizer = new(CodeCatalogue.Default.Checklists);
    private readonly string _chat40K = ChatText.Build(40 * 1024);

    [Benchmark]
    public int Recognize_40KB_Chat() => _recognizer.Recognize(_chat40K).Mentions.Count;

    [Benchmark]
    public int Recognize_ShortQuestion() => _recognizer.Recognize("@ndrbot 5.4.6").Mentions.Count;
}
