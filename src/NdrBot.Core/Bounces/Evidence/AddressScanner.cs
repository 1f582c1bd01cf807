using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Finds e-mail addresses in free text by scanning out from each <c>@</c> (no regex). Local parts are capped at
/// 64 characters and domains at 255, so the work stays linear in the text length.
/// </summary>
internal static class AddressScanner
{
    public readonly record struct Found(int Start, int End, string Address);

    private const int MaxLocal = 64;
    private const int MaxDomain = 255;

    public static List<Found> Scan(ReadOnlySpan<char> text, int maxResults = 500)
    {
        var results = new List<Found>();
        var from = 0;
        while (from < text.Length && results.Count < maxResults)
        {
            var offset = text[from..].IndexOf('@');
            if (offset < 0)
            {
                break;
            }

            var at = from + offset;
            from = at + 1;
            var quoted = QuotedLocalStart(text, at);
            var start = quoted ?? at;
            while (quoted is null && start > 0 && at - start < MaxLocal && IsLocalChar(text[start - 1]))
            {
                start--;
            }

            var end = at + 1;
            while (end < text.Length && end - at < MaxDomain && IsDomainChar(text[end]))
            {
                end++;
            }

            while (end > at + 1 && text[end - 1] is '.' or '-')
            {
                end--;
            }

            while (start < at && text[start] is '.' or '\'' or '=' or '/')
            {
                start++;
            }

            var domain = text[(at + 1)..end];
            if (start == at || domain.IndexOf('.') <= 0 || !char.IsLetterOrDigit(domain[^1]))
            {
                continue;
            }

            results.Add(new Found(start, end, TextTools.Lower(text[start..end])));
            from = end;
        }

        return results;
    }

    /// <summary>The single address in a field value such as <c>rfc822; "A B" &lt;a@b.example&gt;</c>, if any.</summary>
    public static string? First(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var found = Scan(text.AsSpan(), 1);
        return found.Count == 0 ? null : found[0].Address;
    }

    /// <summary>
    /// Where a quoted local part opens when one ends right before the <c>@</c>: RFC 5321 §4.1.2 allows
    /// <c>"neko....nyaan"@example.org</c>, whose quotes are part of the address (without them the dots are not a valid
    /// local part). Null when there is none: no closing quote at <paramref name="at"/>, no opening one within the
    /// local-part limit, or nothing between them. Note: only printable characters that need no escaping in a chat
    /// card are taken inside the quotes (RFC 5321 qtextSMTP without space, backslash and angle brackets).
    /// </summary>
    private static int? QuotedLocalStart(ReadOnlySpan<char> text, int at)
    {
        if (at < 3 || text[at - 1] != '"')
        {
            return null;
        }

        var open = at - 2;
        while (open >= 0 && at - open <= MaxLocal && IsQuotedChar(text[open]))
        {
            open--;
        }

        return open >= 0 && text[open] == '"' && open < at - 2 ? open : null;
    }

    private static bool IsQuotedChar(char c) => c is > ' ' and <= '~' and not ('"' or '\\' or '<' or '>');

    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '=' or '!' or '#' or '$' or '&' or '\'' or '*' or '/' or '?' or '^' or '`' or '{' or '|' or '}' or '~';

    private static bool IsDomainChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '-';
}
