using NdrBot.Core.Bounces;
using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Tests.Bounces.Scoring;

namespace NdrBot.Scoring;

/// <summary>
/// Scores each family of public samples with the knowledge that only that family's samples motivate switched off:
/// (A) the units backed by samples alone, (B) every such unit whatever backs it. A unit is motivated only by a
/// family when every sample file it decided a reason for belongs to that family.
/// </summary>
internal sealed class LeaveOneFamilyOut(string root, IReadOnlyList<CorpusExpectation> rows, RuleEvidence evidence)
{
    /// <summary>The reason misses under (A), one line each, for looking at what the family's own rules were holding up.</summary>
    public List<string> MissesA { get; } = [];

    public void Write(TextWriter output)
    {
        var knowledge = ReasonKnowledge.Default;
        var total = (Rows: 0, Full: 0, A: 0, B: 0, StatusFull: 0, StatusA: 0, OffA: 0, OffB: 0);
        output.WriteLine("| family | reason rows | reason, all rules | (A) sample-only rules of the family off | (B) every rule of the family off | status, all / (A) | units off (A / B) |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var family in rows.GroupBy(r => Families.Of(r.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var only = evidence.Units.Values
                .Where(u => evidence.FilesOf(u.Key).Count > 0 && evidence.FamiliesOf(u.Key).All(f => f == family.Key))
                .ToList();
            var offA = only.Where(u => u.SampleOnly).Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            var offB = only.Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            var full = Score(family, knowledge);
            var a = offA.Count == 0 ? full : Score(family, Without(knowledge, offA));
            MissesA.AddRange(a["reason"].Misses.Select(m => $"{m} (off: {string.Join(" | ", offA)})"));
            var b = offB.Count == offA.Count ? a : Score(family, Without(knowledge, offB));
            var reasonRows = full["reason"].Total;
            output.WriteLine($"| {family.Key} | {reasonRows} | {full["reason"].Right} | {a["reason"].Right} | {b["reason"].Right} | {full["status"].Right}/{full["status"].Total} / {a["status"].Right} | {offA.Count} / {offB.Count} |");
            total = (total.Rows + reasonRows, total.Full + full["reason"].Right, total.A + a["reason"].Right, total.B + b["reason"].Right,
                total.StatusFull + full["status"].Right, total.StatusA + a["status"].Right, total.OffA + offA.Count, total.OffB + offB.Count);
        }

        var statusRows = rows.Count(r => r.Kind != "not-bounce" && r.Reason is not ("feedback" or "vacation"));
        output.WriteLine($"| **all** | {total.Rows} | {total.Full} ({Rate(total.Full, total.Rows)}) | {total.A} ({Rate(total.A, total.Rows)}) | {total.B} ({Rate(total.B, total.Rows)}) | {total.StatusFull} ({Rate(total.StatusFull, statusRows)}) / {total.StatusA} ({Rate(total.StatusA, statusRows)}) | {total.OffA} / {total.OffB} |");
        output.WriteLine();
    }

    private static string Rate(int right, int all) => all == 0 ? "–" : $"{100.0 * right / all:0.0} %";

    private static ReasonKnowledge Without(ReasonKnowledge knowledge, IReadOnlySet<string> keys)
    {
        var result = ReasonKnowledge.From(DocumentEdits.Without(knowledge.Document, keys));
        return result.Knowledge ?? throw new InvalidOperationException(string.Join("; ", result.Errors));
    }

    private FieldScores Score(IEnumerable<CorpusExpectation> family, ReasonKnowledge knowledge)
    {
        var analyzer = new BounceAnalyzer(CodeCatalogue.Default, null, knowledge);
        var list = family.ToList();
        var reports = list.Select(r => r.File).Distinct().ToDictionary(f => f, f => PublicCorpus.Analyze(analyzer, root, f));
        return PublicCorpus.Score(list, reports);
    }
}
