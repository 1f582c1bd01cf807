using System.Text;

namespace NdrBot.Core.Bounces;

/// <summary>Small, linear text helpers for report text.</summary>
internal static class TextTools
{
    /// <summary>Collapses runs of whitespace into one space and trims; caps the result length.</summary>
    public static string Collapse(string? text, int maxLength = 1000)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(text.Length, maxLength));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
            if (sb.Length >= maxLength)
            {
                break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Removes e-mail quoting (<c>&gt; </c>, <c>&gt;&gt; </c>) at the start of every line.</summary>
    public static string Unquote(string text)
    {
        if (!text.Contains('>', StringComparison.Ordinal))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var rest = line;
            var trimmed = rest.TrimStart(' ');
            if (trimmed.Length > 0 && trimmed[0] == '>' && !LooksLikeTranscriptLine(trimmed))
            {
                while (trimmed.Length > 0 && trimmed[0] is '>' or ' ')
                {
                    trimmed = trimmed[1..];
                }

                rest = trimmed;
            }

            sb.Append(rest).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Normalises line endings to <c>\n</c>.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    // Note: Sendmail transcripts write ">>> RCPT To:<x>" and "<<< 550 ..."; those arrows are not quoting.
    private static bool LooksLikeTranscriptLine(ReadOnlySpan<char> line) =>
        line.StartsWith(">>> ", StringComparison.Ordinal) && !line.StartsWith(">>> >", StringComparison.Ordinal);
}
