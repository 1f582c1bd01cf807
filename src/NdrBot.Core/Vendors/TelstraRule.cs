using NdrBot.Core.Bounces.Evidence;
using NdrBot.Core.Text;

namespace NdrBot.Core.Vendors;

/// <summary>
/// Telstra/BigPond outbound limits (the SMTP Mass Mail service, 10 MB per 10 minutes): when a bounce shows them,
/// the <c>telstra-mass-mail</c> checklist applies.
/// </summary>
internal static class TelstraRule
{
    public const string ChecklistId = "telstra-mass-mail";

    // Note: compared ignoring case, so the report text need not be copied in lower case first.
    private static readonly PhraseSet Provider = new(["telstra", "bigpond"], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSet Limit = new(
    [
        "rate limit", "ratelimit", "rate-limit", "limit exceeded", "exceeded", "too many", "10 mb", "10mb", "10 minute",
        "mass mail", "sending limit", "throttl", "quota", "limit",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool Applies(string text) => Provider.In(text) && Limit.In(text);

    /// <summary>
    /// True when the report text and the recipients' remote hosts and contexts, read as one text, show the rule.
    /// The provider names hold no space, so they cannot straddle two pieces: check them piece by piece first and
    /// join the pieces only when one is there.
    /// </summary>
    public static bool Applies(string reportText, IReadOnlyList<RecipientEvidence> evidence)
    {
        var provider = Provider.In(reportText);
        for (var i = 0; i < evidence.Count && !provider; i++)
        {
            provider = Provider.In(evidence[i].RemoteMta) || Provider.In(evidence[i].Context);
        }

        return provider && Applies(reportText + " " + string.Join(' ', evidence.Select(e => e.RemoteMta + " " + e.Context)));
    }
}
