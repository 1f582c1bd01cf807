namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>
/// One row of <c>tests/data/bounces-extra/expected.tsv</c>: what another project's test states about one sample.
/// Empty cells state nothing.
/// </summary>
internal sealed record ExtraRow(string File, string Recipient, string Status, string ReplyCode, string HardOrSoft, string Kind, string SourceReason)
{
    public static IReadOnlyList<ExtraRow> Load(string path) =>
        [.. System.IO.File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static ExtraRow Parse(string line)
    {
        var f = line.Split('\t');
        return new ExtraRow(f[0], f[1].ToLowerInvariant(), f[2], f[3], f[4], f[5], f.Length > 7 ? f[7] : "");
    }
}
