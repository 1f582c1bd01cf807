namespace NdrBot.Core.Tests.Bounces.Scoring;

/// <summary>
/// Labels of the public samples (<c>tests/data/bounces/expected.tsv</c>, Sisimai's answers) that a mail system's
/// own documentation contradicts, with the source. The corpus tests leave these (sample, recipient, field) out of
/// their floors instead of bending a rule to the label; the scoring tool's tables still count them, as misses.
/// The paste corpus inherits them through each paste's sample.
/// </summary>
internal static class DisputedLabels
{
    private const string YahooNoAccount =
        "Yahoo's 'This user doesn't have a … account' says the user id does not exist (Yahoo Help SLN3444): userunknown, " +
        "a hard bounce; the label reads it as a filter's refusal after DATA, which the definition keeps for an address that exists";

    public static readonly IReadOnlyDictionary<(string Sample, int Index, string Field), string> All =
        new Dictionary<(string Sample, int Index, string Field), string>
        {
            [("maildir/bsd/lhost-x2-01.eml", 1, "reason")] = YahooNoAccount,
            [("maildir/bsd/lhost-x2-01.eml", 1, "hard/soft")] = YahooNoAccount,
            [("maildir/bsd/lhost-x2-02.eml", 1, "reason")] = YahooNoAccount,
            [("maildir/bsd/lhost-x2-02.eml", 1, "hard/soft")] = YahooNoAccount,
            [("maildir/bsd/lhost-x2-02.eml", 3, "reason")] = YahooNoAccount,
            [("maildir/bsd/lhost-x2-02.eml", 3, "hard/soft")] = YahooNoAccount,
        };

    public static bool Contains(string sample, int index, string field) => All.ContainsKey((sample, index, field));
}
