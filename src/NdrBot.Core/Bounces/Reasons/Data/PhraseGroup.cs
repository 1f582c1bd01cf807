namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// Lower-case phrases that one source shows a mail system writing. A <c>*</c> stands for up to 200 characters of
/// any text between the parts (<c>user * does not exist</c>).
/// </summary>
internal sealed record PhraseGroup
{
    public required string Source { get; init; }

    public IReadOnlyList<string> Texts { get; init => field = value ?? []; } = [];
}
