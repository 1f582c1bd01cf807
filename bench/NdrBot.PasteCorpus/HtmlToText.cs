using System.Net;
using System.Text;

namespace NdrBot.PasteCorpus;

/// <summary>What a browser shows of an HTML body, roughly: blocks on their own lines, cells apart, no markup.</summary>
internal static class HtmlToText
{
    private static readonly string[] Hidden = ["head", "style", "script", "title"];

    private static readonly string[] LineBreaking = ["br", "p", "/p", "div", "/div", "tr", "/tr", "li", "h1", "h2", "h3", "h4", "/h1", "/h2", "/h3", "/h4", "table", "/table", "hr", "pre", "/pre", "blockquote", "/blockquote"];

    public static string Convert(string html)
    {
        var text = new StringBuilder(html.Length);
        var at = 0;
        while (at < html.Length)
        {
            var open = html.IndexOf('<', at);
            if (open < 0)
            {
                text.Append(html, at, html.Length - at);
                break;
            }

            text.Append(html, at, open - at);
            var close = html.IndexOf('>', open);
            if (close < 0)
            {
                break;
            }

            var tag = TagName(html, open + 1, close);
            at = close + 1;
            if (Hidden.Contains(tag))
            {
                var end = html.IndexOf("</" + tag, at, StringComparison.OrdinalIgnoreCase);
                at = end < 0 ? at : Math.Max(at, html.IndexOf('>', end) + 1);
            }
            else if (LineBreaking.Contains(tag))
            {
                text.Append('\n');
            }
            else if (tag is "td" or "th")
            {
                text.Append(' ');
            }
        }

        return Tidy(WebUtility.HtmlDecode(text.ToString()));
    }

    private static string TagName(string html, int start, int end)
    {
        var name = new StringBuilder();
        for (var i = start; i < end && (char.IsLetterOrDigit(html[i]) || (i == start && html[i] == '/')); i++)
        {
            name.Append(char.ToLowerInvariant(html[i]));
        }

        return name.ToString();
    }

    /// <summary>Spaces inside a line collapsed, lines trimmed, at most one blank line in a row.</summary>
    private static string Tidy(string text)
    {
        var lines = new List<string>();
        foreach (var raw in text.Replace("\r", "", StringComparison.Ordinal).Replace('\u00a0', ' ').Split('\n'))
        {
            var line = string.Join(' ', raw.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (line.Length > 0 || (lines.Count > 0 && lines[^1].Length > 0))
            {
                lines.Add(line);
            }
        }

        return string.Join('\n', lines).Trim('\n');
    }
}
