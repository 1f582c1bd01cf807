using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Tests.Bounces.Scoring;

namespace NdrBot.Scoring;

/// <summary>
/// Units backed by samples alone that no answer depends on: taken out together (greedily, one after another),
/// every report of every corpus (public samples, pastes, extra samples) stays the same. Such a unit only repeats
/// what another rule says.
/// </summary>
internal static class RedundantUnits
{
    public static IEnumerable<string> Find(string root, RuleEvidence evidence)
    {
        var files = Files(root);
        var baseline = Answers(root, files, ReasonKnowledge.Default);
        var removed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var unit in evidence.Units.Values.Where(u => u.SampleOnly && evidence.FilesOf(u.Key).Count > 0).OrderBy(u => u.Key, StringComparer.Ordinal))
        {
            var trial = new HashSet<string>(removed, StringComparer.Ordinal) { unit.Key };
            var result = ReasonKnowledge.From(DocumentEdits.Without(ReasonKnowledge.Default.Document, trial));
            if (result.Knowledge is { } knowledge && Answers(root, files, knowledge).SequenceEqual(baseline, StringComparer.Ordinal))
            {
                removed.Add(unit.Key);
                yield return unit.Key;
            }
        }
    }

    private static List<(string Path, Func<BounceAnalyzer, BounceReport> Analyze)> Files(string root) =>
    [
        .. PublicCorpus.Rows(root).Select(r => r.File).Distinct().Select(f => (f, (Func<BounceAnalyzer, BounceReport>)(a => PublicCorpus.Analyze(a, root, f)))),
        .. PasteCorpus.Rows(root).Select(r => r.Paste).Distinct().Select(p => (p, (Func<BounceAnalyzer, BounceReport>)(a => PasteCorpus.Analyze(a, root, p)))),
        .. ExtraCorpus.Rows(root).Select(r => r.File).Distinct().Select(f => (f, (Func<BounceAnalyzer, BounceReport>)(a => ExtraCorpus.Analyze(a, root, f)))),
    ];

    private static List<string> Answers(string root, List<(string Path, Func<BounceAnalyzer, BounceReport> Analyze)> files, ReasonKnowledge knowledge)
    {
        _ = root;
        var analyzer = new BounceAnalyzer(CodeCatalogue.Default, null, knowledge);
        return [.. files.SelectMany(f => f.Analyze(analyzer).Recipients.Select(r => $"{f.Path}\t{r.Recipient}\t{r.Status}\t{r.Reason}"))];
    }
}
