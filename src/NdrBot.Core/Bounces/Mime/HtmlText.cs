using System.Net;
using System.Text;

namespace NdrBot.Core.Bounces.Mime;

/// <summary>Reduces HTML to its visible text with a single linear pass (no HTML parser, no regex).</summary>
internal static class HtmlText
{
    private static readonly string[] BreakTags = ["br", "p", "/p", "div", "/div", "tr", "/tr", "li", "h1", "h2", "h3", "/h1", "/h2", "/h3", "/table", "hr"];

    public static bool LooksLikeHtml(string text) =>
        text.Contains("<html", StringComparison.OrdinalIgnoreCase) || text.Contains("<body", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<br", StringComparison.OrdinalIgnoreCase) || text.Contains("<p>", StringComparison.OrdinalIgnoreCase)
        || text.Contains("<div", StringComparison.OrdinalIgnoreCase) || text.Contains("<td", StringComparison.OrdinalIgnoreCase);

    public static string ToText(string html)
    {
        var sb = new StringBuilder(html.Length);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c != '<')
            {
                sb.Append(c);
                i++;
                continue;
            }

            var close = html.IndexOf('>', i + 1);
            if (close < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            var tag = TagName(html.AsSpan(i + 1, close - i - 1));
            if (tag is "style" or "script" or "head")
            {
                var end = html.IndexOf("</" + tag, close, StringComparison.OrdinalIgnoreCase);
                close = end < 0 ? html.Length - 1 : Math.Max(close, html.IndexOf('>', end) is var e and >= 0 ? e : html.Length - 1);
            }
            else if (BreakTags.Contains(tag, StringComparer.Ordinal))
            {
                sb.Append('\n');
            }
            else if (tag is "td" or "th")
            {
                sb.Append(' ');
            }

            i = close + 1;
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    private static string TagName(ReadOnlySpan<char> inside)
    {
        var end = inside.IndexOfAny(" \t\n/>");
        if (end == 0 && inside.Length > 1 && inside[0] == '/')
        {
            var rest = inside[1..];
            var restEnd = rest.IndexOfAny(" \t\n>");
            return "/" + (restEnd < 0 ? rest : rest[..restEnd]).ToString().ToLowerInvariant();
        }

        return (end < 0 ? inside : inside[..end]).ToString().ToLowerInvariant();
    }
}
