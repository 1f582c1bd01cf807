namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// A reason and what decided it, for tooling (the leave-one-family-out report in bench/): <see cref="By"/> is
/// <c>status:5.2.2</c>, <c>rule:mailboxfull</c>, <c>vendor:google-groups</c>, <c>stated:bad-mailbox</c>,
/// <c>command:MAIL</c>, <c>subject:5.7</c> or <c>fallback</c>, several joined by <c>+</c> when one adjusted another.
/// <see cref="Rule"/> and <see cref="Text"/> name the phrase rule that matched and the lower-case text it matched in.
/// </summary>
internal sealed record ReasonDecision(string Reason, string By)
{
    public PhraseRule? Rule { get; init; }

    public string? Text { get; init; }
}
