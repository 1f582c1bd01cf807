using System.Buffers;
using System.Text;

namespace NdrBot.Core.Text;

/// <summary>Small, linear text helpers for report text.</summary>
internal static class TextTools
{
    /// <summary>White space and control characters: what <see cref="Collapse"/> folds into one space.</summary>
    private static readonly SearchValues<char> Gaps = SearchValues.Create(GapChars());

    /// <summary>Collapses runs of whitespace into one space and trims; caps the result length.</summary>
    public static string Collapse(string? text, int maxLength = 1000)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var start = text.AsSpan().IndexOfAnyExcept(Gaps);
        if (start < 0)
        {
            return "";
        }

        var source = text.AsSpan(start);
        if (source.Length <= maxLength && source.IndexOfAny(Gaps) < 0)
        {
            return start == 0 ? text : source.ToString();
        }

        // Note: copies whole runs of ordinary characters at a time; only the gaps between them are looked at. The
        // result is built in a pooled buffer (a StringBuilder cost an array as large as the result, plus the string).
        var capacity = Math.Min(source.Length, maxLength);
        var rented = ArrayPool<char>.Shared.Rent(capacity);
        try
        {
            var length = 0;
            while (source.Length > 0 && length < maxLength)
            {
                var gap = source.IndexOfAny(Gaps);
                var run = gap < 0 ? source : source[..gap];
                run = run[..Math.Min(run.Length, maxLength - length)];
                run.CopyTo(rented.AsSpan(length));
                length += run.Length;
                if (gap < 0)
                {
                    break;
                }

                source = source[gap..];
                var next = source.IndexOfAnyExcept(Gaps);
                if (next < 0 || length + 1 >= maxLength)
                {
                    break;
                }

                rented[length++] = ' ';
                source = source[next..];
            }

            return new string(rented, 0, length);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
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
                // Note: each level of quoting is '>' and at most one space; the quoted line's own indentation (a
                // wrapped Postfix line's four spaces) is kept, so continuation lines still read as continuations.
                while (trimmed.Length > 0 && trimmed[0] == '>')
                {
                    trimmed = trimmed[1..];
                    if (trimmed.Length > 0 && trimmed[0] == ' ')
                    {
                        trimmed = trimmed[1..];
                    }
                }

                rest = trimmed;
            }

            sb.Append(rest).Append('\n');
        }

        return sb.ToString();
    }

    private static string GapChars()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < '\u3001'; c++)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                chars.Append(c);
            }
        }

        return chars.ToString();
    }

    /// <summary>
    /// What <see cref="string.ToLowerInvariant()"/> gives, with ASCII text (nearly all mail text) lowered in one
    /// vectorised pass: under invariant globalization ToLowerInvariant maps one character at a time.
    /// </summary>
    public static string Lower(string text)
    {
        var span = text.AsSpan();
        if (!Ascii.IsValid(span))
        {
            return text.ToLowerInvariant();
        }

        return span.IndexOfAnyInRange('A', 'Z') < 0 ? text : Lower(span);
    }

    /// <inheritdoc cref="Lower(string)"/>
    public static string Lower(ReadOnlySpan<char> text) =>
        Ascii.IsValid(text) ? string.Create(text.Length, text, static (lower, source) => Ascii.ToLower(source, lower, out _)) : text.ToString().ToLowerInvariant();

    /// <summary>Where the line holding <paramref name="index"/> starts.</summary>
    public static int LineStart(string text, int index) => index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

    /// <summary>Normalises line endings to <c>\n</c>.</summary>
    public static string NormaliseNewlines(string text) =>
        text.Contains('\r', StringComparison.Ordinal) ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    // Note: Sendmail transcripts write ">>> RCPT To:<x>" and "<<< 550 ..."; those arrows are not quoting.
    private static bool LooksLikeTranscriptLine(ReadOnlySpan<char> line) =>
        line.StartsWith(">>> ", StringComparison.Ordinal) && !line.StartsWith(">>> >", StringComparison.Ordinal);
}
