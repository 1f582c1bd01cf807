namespace NdrBot.Scoring;

/// <summary>
/// One piece of reason knowledge that can decide a reason on its own: a phrase of a rule (<c>rule:mailboxfull/over
/// quota</c>) or a vendor rule (<c>vendor:google-groups</c>), with the kinds of source that back it.
/// </summary>
internal sealed record RuleUnit(string Key, string? RuleId, string? Phrase, string? VendorId, IReadOnlyList<string> SourceKinds)
{
    /// <summary>Backed by public samples only: no MTA source, document or RFC says a mail system writes it.</summary>
    public bool SampleOnly => SourceKinds.All(k => k == "sample");
}
