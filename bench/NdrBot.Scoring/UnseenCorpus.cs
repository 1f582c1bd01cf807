using NdrBot.Core.Bounces;
using NdrBot.Core.Tests.Bounces.Scoring;

namespace NdrBot.Scoring;

/// <summary>
/// Scores labelled messages kept outside the repository (every <c>expected*.tsv</c> under a folder, paths relative
/// to it, the columns of <c>tests/data/bounces/expected.tsv</c>) the way the public samples are scored, except that
/// an empty recipient means "not stated" rather than "none". A measuring aid only: nothing in src or tests reads
/// such a folder. Rows whose file is not (yet) there, or whose line is incomplete, are left out and counted.
/// </summary>
internal sealed class UnseenCorpus
{
    private readonly string _dir;
    private readonly HashSet<(string File, int Index)> _unstatedRecipient = [];

    public UnseenCorpus(string dir, BounceAnalyzer analyzer)
    {
        _dir = dir;
        var seen = new HashSet<(string, int)>();
        var rows = new List<CorpusExpectation>();
        foreach (var tsv in Directory.GetFiles(dir, "expected*.tsv").Order(StringComparer.Ordinal))
        {
            foreach (var line in File.ReadLines(tsv).Skip(1).Where(l => l.Length > 0))
            {
                var row = Parse(line);
                if (row is null || !File.Exists(Path.Combine(dir, row.File)))
                {
                    LeftOut++;
                    continue;
                }

                if (seen.Add((row.File, row.Index)))
                {
                    rows.Add(row);
                }
            }
        }

        Rows = rows;
        foreach (var row in rows.Where(r => r.Recipient.Length == 0))
        {
            _unstatedRecipient.Add((row.File, row.Index));
        }

        Reports = rows.Select(r => r.File).Distinct().ToDictionary(f => f, f => analyzer.Analyze(File.ReadAllBytes(Path.Combine(dir, f))));
    }

    public IReadOnlyList<CorpusExpectation> Rows { get; }

    public IReadOnlyDictionary<string, BounceReport> Reports { get; }

    /// <summary>Label lines not scored: incomplete, or naming a file not in the folder.</summary>
    public int LeftOut { get; }

    public FieldScores Score(IEnumerable<CorpusExpectation> rows) => PublicCorpus.Score(rows, Reports, Unstated);

    public void WriteTable(TextWriter output)
    {
        output.WriteLine($"Unseen messages under {_dir}: {Rows.Count} rows, {Reports.Count} files ({LeftOut} label lines left out)\n");
        var groups = Rows.GroupBy(r => Families.Of(r.File)).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, Score(g)));
        MarkdownTable.Write(output, "family", [("**all**", Score(Rows)), .. groups], PublicCorpus.Fields);
    }

    /// <summary>One line per missed field: the row, what was expected and got, and the rule that decided the reason.</summary>
    public void WriteMisses(TextWriter output)
    {
        foreach (var row in Rows)
        {
            var report = Reports[row.File];
            var got = row.Index >= 1 && row.Index <= report.Recipients.Count ? report.Recipients[row.Index - 1] : null;
            var by = got?.Decision?.By ?? "-";
            foreach (var miss in Score([row]).Misses)
            {
                output.WriteLine($"{miss} | by {by} | {got?.Diagnostic}");
            }
        }
    }

    private bool Unstated(string file, int index, string field) => field == "recipient" && _unstatedRecipient.Contains((file, index));

    private static CorpusExpectation? Parse(string line)
    {
        var f = line.Split('\t');
        if (f.Length < 8 || f[0].Length == 0 || f[7].Length == 0)
        {
            return null;
        }

        return new CorpusExpectation(f[0], f[1], f[2], f[3], f[4], int.TryParse(f[5], out var i) ? i : 0, f[6] == "true", f[7]);
    }
}
