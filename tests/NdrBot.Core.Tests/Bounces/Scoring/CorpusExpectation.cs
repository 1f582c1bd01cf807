namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>One row of <c>tests/data/bounces/expected.tsv</c>.</summary>
internal sealed record CorpusExpectation(
    string File, string Status, string ReplyCode, string Reason, string Recipient, int Index, bool HardBounce, string Kind)
{
    /// <summary>
    /// X.0.9NN and X.9.NNN codes are Sisimai's own stand-ins (RFC 3463 defines subjects 0 to 7): only their class
    /// digit is meaningful.
    /// </summary>
    public bool StatusIsReal => Status.Length > 0 && !(Status.Length == 7 && Status.AsSpan(1, 3) is ".0.") && !Status.AsSpan(1).StartsWith(".9.");

    public static IReadOnlyList<CorpusExpectation> Load(string path) =>
        [.. System.IO.File.ReadLines(path).Skip(1).Where(l => l.Length > 0).Select(Parse)];

    private static CorpusExpectation Parse(string line)
    {
        var f = line.Split('\t');
        return new CorpusExpectation(f[0], f[1], f[2], f[3], f[4], int.TryParse(f[5], out var i) ? i : 0, f[6] == "true", f[7]);
    }
}
