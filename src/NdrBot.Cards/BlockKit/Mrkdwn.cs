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
    /// A person as the host records a Slack user: the mention <c>&lt;@U…&gt;</c>, which Slack shows as that user's
    /// current name to every reader. Anything else (a Teams or web chat name) is escaped text.
    /// </summary>
    public static string Person(string? who) =>
        who is not null && UserMention().IsMatch(who) ? who : Escape(who);

    /// <summary>
    /// <see cref="Escape"/>, except that whole user mentions (<c>&lt;@U…&gt;</c>, as <see cref="Person"/> keeps them)
    /// stay mentions; for the bot's own sentences about a case's people, never for pasted text.
    /// </summary>
    public static string EscapeExceptMentions(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = new System.Text.StringBuilder(text.Length + 16);
        var last = 0;
        foreach (var match in MentionInText().EnumerateMatches(text))
        {
            result.Append(Escape(text[last..match.Index])).Append(text.AsSpan(match.Index, match.Length));
            last = match.Index + match.Length;
        }

        return result.Append(Escape(text[last..])).ToString();
    }

    [GeneratedRegex(@"^<@[UW][A-Z0-9]{1,20}>$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UserMention();

    [GeneratedRegex(@"<@[UW][A-Z0-9]{1,20}>", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MentionInText();

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
