namespace NdrBot.PasteCorpus;

/// <summary>One failed recipient of a public sample, as <c>tests/data/bounces/expected.tsv</c> states it.</summary>
internal sealed record SampleRow(string File, string Status, string ReplyCode, string Reason, string Recipient, int Index, string Kind)
{
    /// <summary>X.0.9NN codes are the labelling analyser's stand-ins for "no code": only the class is meaningful.</summary>
    public bool StatusIsReal => Status.Length > 0 && !(Status.Length == 7 && Status.AsSpan(1, 3) is ".0.");

    public static IReadOnlyList<SampleRow> Load(string path) =>
        [.. System.IO.File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static SampleRow Parse(string line)
    {
        var f = line.Split('\t');
        return new SampleRow(f[0], f[1], f[2], f[3], f[4], int.TryParse(f[5], out var i) ? i : 0, f[7]);
    }
}
