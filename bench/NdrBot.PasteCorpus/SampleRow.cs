namespace NdrBot.PasteCorpus;

/// <summary>One failed recipient of a labelled sample, as <c>tests/data/bounces/expected.tsv</c> states it.</summary>
internal sealed record SampleRow(string File, string Status, string ReplyCode, string Reason, string Recipient, int Index, string Kind)
{
    /// <summary>
    /// X.0.9NN and X.9.NNN codes are the labelling analyser's stand-ins for "no code": only the class is meaningful.
    /// </summary>
    public bool StatusIsReal => Status.Length > 0 && !(Status.Length == 7 && Status.AsSpan(1, 3) is ".0.") && !Status.AsSpan(1).StartsWith(".9.");

    public static IReadOnlyList<SampleRow> Load(string path) =>
        [.. System.IO.File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    /// <summary>
    /// Every <c>expected*.tsv</c> of a folder outside the repository: the first row for a (file, index) wins, and
    /// lines that are incomplete or name a file not in the folder are left out (counted in <paramref name="leftOut"/>).
    /// </summary>
    public static IReadOnlyList<SampleRow> LoadFolder(string folder, out int leftOut)
    {
        var rows = new List<SampleRow>();
        var seen = new HashSet<(string, int)>();
        leftOut = 0;
        foreach (var tsv in Directory.GetFiles(folder, "expected*.tsv").Order(StringComparer.Ordinal))
        {
            foreach (var line in System.IO.File.ReadLines(tsv).Skip(1).Where(l => l.Length > 0))
            {
                var f = line.Split('\t');
                if (f.Length < 8 || f[0].Length == 0 || f[7].Length == 0 || !System.IO.File.Exists(Path.Combine(folder, f[0])))
                {
                    leftOut++;
                    continue;
                }

                var row = Parse(line);
                if (seen.Add((row.File, row.Index)))
                {
                    rows.Add(row);
                }
                else
                {
                    leftOut++;
                }
            }
        }

        return rows;
    }

    private static SampleRow Parse(string line)
    {
        var f = line.Split('\t');
        return new SampleRow(f[0], f[1], f[2], f[3], f[4], int.TryParse(f[5], out var i) ? i : 0, f[7]);
    }
}
