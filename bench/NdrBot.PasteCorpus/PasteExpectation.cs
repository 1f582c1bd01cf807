namespace NdrBot.PasteCorpus;

/// <summary>One row of <c>tests/data/pastes/expected.tsv</c>: what one paste says about one recipient.</summary>
internal sealed record PasteExpectation(
    string Paste, string Sample, string Variant, string Kind, int Index, string Recipient, bool RecipientVisible,
    string Status, bool StatusReal, bool StatusVisible, string ReplyCode, string Reason)
{
    public const string Header = "paste\tsample\tvariant\tkind\trcpt_index\trecipient\trecipient_visible\tstatus\tstatus_real\tstatus_visible\treplycode\treason";

    public string ToTsv() =>
        string.Join('\t', Paste, Sample, Variant, Kind, Index.ToString(System.Globalization.CultureInfo.InvariantCulture), Recipient,
            Flag(RecipientVisible), Status, Flag(StatusReal), Flag(StatusVisible), ReplyCode, Reason);

    private static string Flag(bool value) => value ? "true" : "false";
}
