using System.Net;
using System.Text;

namespace NdrBot.Core.Bounces;

/// <summary>
/// Undoes what chat does to pasted bounce text before it is read: code fences, HTML entities (Slack's <c>&amp;gt;</c>
/// for <c>&gt;</c>), curly quotes and no-break spaces. Linear; text without any of them is returned as it is.
/// </summary>
internal static class PasteText
{
    public static string Normalise(string text)
    {
        if (text.Contains("```", StringComparison.Ordinal))
        {
            text = WithoutFences(text);
        }

        // Note: only the entities chat clients write; a whole HTML body is handled by HtmlText before this.
        if (text.Contains("&gt;", StringComparison.Ordinal) || text.Contains("&lt;", StringComparison.Ordinal)
            || text.Contains("&amp;", StringComparison.Ordinal) || text.Contains("&quot;", StringComparison.Ordinal)
            || text.Contains("&#", StringComparison.Ordinal))
        {
            text = WebUtility.HtmlDecode(text);
        }

        return text.AsSpan().IndexOfAny("\u2018\u2019\u201c\u201d\u00a0") < 0
            ? text
            : text.Replace('\u2018', '\'').Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"').Replace('\u00a0', ' ');
    }

    /// <summary>The text with every code fence marker (a line opening with three backticks, or the backticks themselves) removed.</summary>
    private static string WithoutFences(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) && trimmed.TrimStart('`').Trim().IndexOfAny(' ', '\t') < 0 && trimmed.EndsWith("```", StringComparison.Ordinal) is var closed
                && (closed || trimmed.TrimStart('`').Length <= 12))
            {
                continue;
            }

            sb.Append(line.ToString().Replace("```", "", StringComparison.Ordinal)).Append('\n');
        }

        return sb.ToString();
    }
}
