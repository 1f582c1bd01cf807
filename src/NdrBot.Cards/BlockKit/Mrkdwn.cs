using System.Text.RegularExpressions;

namespace NdrBot.Cards.BlockKit;

/// <summary>
/// Slack mrkdwn escaping. <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> are Slack's control characters (links
/// <c>&lt;url|label&gt;</c>, mentions <c>&lt;@U…&gt;</c>, <c>&lt;!channel&gt;</c>); escaping them, <c>&amp;</c> first,
/// is all Slack decodes, so nothing else is HTML-encoded.
/// </summary>
public static partial class Mrkdwn
{
    /// <summary>
    /// A person on a case (owner, note author). The host records a Slack user by id (Slack sends no names), so a bare
    /// user id becomes the mention <c>&lt;@U…&gt;</c>, which Slack shows as that user's current name; any other name
    /// (Teams, web chat) is escaped text. Only a whole id qualifies: text that merely contains one stays text.
    /// </summary>
    public static string Person(string? who) =>
        who is not null && SlackUserId().IsMatch(who) ? $"<@{who}>" : Escape(who);

    [GeneratedRegex(@"^[UW][A-Z0-9]{1,20}\z", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex SlackUserId();

    public static string Escape(string? text) =>
        string.IsNullOrEmpty(text) ? "" : text.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>Escaped text for inline code: backticks would end the code span, so they become a look-alike.</summary>
    public static string Code(string? text) => "`" + Escape(text).Replace('`', 'ˋ') + "`";

    /// <summary>Cuts escaped text to <paramref name="max"/> characters without splitting an entity or a surrogate pair.</summary>
    public static string Fit(string text, int max)
    {
        if (text.Length <= max)
        {
            return text;
        }

        var cut = max - 1;
        var amp = text.LastIndexOf('&', cut - 1, Math.Min(cut, 5));
        if (amp >= 0 && text.IndexOf(';', amp, cut - amp) < 0)
        {
            cut = amp;
        }

        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
