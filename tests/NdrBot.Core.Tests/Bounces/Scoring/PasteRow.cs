namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>One row of <c>tests/data/pastes/expected.tsv</c> (written by bench/NdrBot.PasteCorpus).</summary>
internal sealed record PasteRow(
    string Paste, string Sample, string Variant, string Kind, int Index, string Recipient, bool RecipientVisible,
    string Status, bool StatusReal, bool StatusVisible, string ReplyCode, string Reason)
{
    public static IReadOnlyList<PasteRow> Load(string path) =>
        [.. File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static PasteRow Parse(string line)
    {
        var f = line.Split('\t');
        return new PasteRow(f[0], f[1], f[2], f[3], int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture), f[5],
            f[6] == "true", f[7], f[8] == "true", f[9] == "true", f[10], f[11]);
    }
}
