namespace NdrBot.Core.Bounces.Reasons.Data;

/// <summary>
/// Words for which a source documents the enhanced code its mail system writes when the reply itself carries none:
/// the code's subject and detail (<c>"4.4"</c> for X.4.4; the class comes from the report), or the whole code when
/// the source always gives it one class (Postfix's "connect to host[ip]:25: …" is 4.4.1, retried until it expires).
/// </summary>
internal sealed record StatusPhraseGroup
{
    public required string Source { get; init; }

    public required string Detail { get; init; }

    public IReadOnlyList<string> Texts { get; init => field = value ?? []; } = [];
}
