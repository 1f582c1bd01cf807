namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// A rule of <c>reasons.json</c>, compiled: its id, the reason it gives and the lower-case phrases that show it.
/// A <c>*</c> in a phrase stands for any text on the way (<c>user * does not exist</c>); parts must occur in order,
/// within 200 characters of each other. Rules are searched through a <see cref="RuleIndex"/>.
/// </summary>
internal sealed record PhraseRule(string Id, string Reason, string[] Phrases)
{
    /// <summary>Phrases that veto the rule even when one of <see cref="Phrases"/> occurs.</summary>
    public string[] Unless { get; init; } = [];

    /// <summary>Asked only when the status code names no reason of its own.</summary>
    public bool Weak { get; init; }
}
