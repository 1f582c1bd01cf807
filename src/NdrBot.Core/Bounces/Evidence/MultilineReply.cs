using System.Text;
using NdrBot.Core.Codes;
using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// A multi-line SMTP reply read as one diagnostic. Note: RFC 5321 §4.2.1 writes every line of a multi-line reply but
/// the last as the code and a hyphen ("550-5.7.26 …") and the last as the code and a space ("550 5.7.26 …"); servers
/// such as Gmail repeat the enhanced code on each line. Bounces keep those markers between the words, on lines of
/// their own or joined into one (Postfix's "said:" lines, a DSN's folded Diagnostic-Code).
/// </summary>
internal static class MultilineReply
{
    /// <summary>
    /// Where the reply whose code stands at <paramref name="position"/> in <paramref name="text"/> begins: the first
    /// "NNN-" of the same code earlier on that line, else <paramref name="position"/> itself.
    /// </summary>
    public static int StartOf(string text, int position)
    {
        if (position < 0 || position + 3 > text.Length || !ReplyCode.IsValid(text.AsSpan(position, 3)))
        {
            return position;
        }

        var code = text.AsSpan(position, 3);
        var lineStart = TextTools.LineStart(text, position);
        var at = lineStart;
        while (at < position)
        {
            var found = text.AsSpan(at, position - at).IndexOf(code);
            if (found < 0)
            {
                break;
            }

            at += found;
            if (StandsAlone(text, at) && text[at + 3] == '-')
            {
                return at;
            }

            at++;
        }

        return position;
    }

    /// <summary>
    /// The reply as one line of words, with its code and enhanced code said once at the start: "550-5.7.26 a
    /// 550-5.7.26 b 550 5.7.26 c" is "550 5.7.26 a b c". A text that does not open with a continuation line
    /// ("550-…") and has no line after it is returned as it is (Sendmail's Diagnostic-Code keeps only a reply's first
    /// line); whatever follows the reply's last line is kept. Runs of white space become one space.
    /// </summary>
    public static string Join(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var span = text.AsSpan().TrimStart();
        if (span.Length < 5 || !ReplyCode.IsValid(span[..3]) || span[3] != '-')
        {
            return text;
        }

        var code = span[..3];
        var enhanced = EnhancedAt(span, 4);
        var at = 4 + enhanced.Length;
        if (NextMarker(span, at, code, enhanced).Start < 0)
        {
            return text;
        }

        var words = new StringBuilder(span.Length).Append(code).Append(' ');
        if (!enhanced.IsEmpty)
        {
            words.Append(enhanced).Append(' ');
        }

        while (NextMarker(span, at, code, enhanced) is var (start, end, last) && start >= 0)
        {
            words.Append(span[at..start]).Append(' ');
            at = end;
            if (last)
            {
                break;
            }
        }

        words.Append(span[at..]);
        return TextTools.Collapse(words.ToString(), words.Length);
    }

    /// <summary>
    /// The next line marker from <paramref name="from"/> on: "NNN-" with the reply's enhanced code after it, or the
    /// last line's "NNN " (with the enhanced code, when the reply gave one). Start is -1 when there is none.
    /// </summary>
    private static (int Start, int End, bool Last) NextMarker(ReadOnlySpan<char> text, int from, ReadOnlySpan<char> code, ReadOnlySpan<char> enhanced)
    {
        var at = from;
        while (at < text.Length)
        {
            var found = text[at..].IndexOf(code);
            if (found < 0)
            {
                break;
            }

            at += found;
            if (at + 3 < text.Length && StandsAlone(text, at) && text[at + 3] is '-' or ' ')
            {
                var hyphen = text[at + 3] == '-';
                var next = EnhancedAt(text, at + 4);
                var same = !enhanced.IsEmpty && next.SequenceEqual(enhanced);
                if (hyphen || same || (enhanced.IsEmpty && next.IsEmpty))
                {
                    return (at, at + 4 + (same ? next.Length : 0), !hyphen);
                }
            }

            at++;
        }

        return (-1, -1, false);
    }

    /// <summary>The enhanced code ("5.7.26") that opens <paramref name="text"/> at <paramref name="at"/> and ends at a space or the end; empty when none.</summary>
    private static ReadOnlySpan<char> EnhancedAt(ReadOnlySpan<char> text, int at)
    {
        if (at >= text.Length)
        {
            return [];
        }

        var rest = text[at..];
        var end = rest.IndexOfAny(' ', '\t', '\n');
        var token = end < 0 ? rest : rest[..end];
        return token.Length <= 11 && StatusCode.TryParse(token.ToString(), out _) ? token : [];
    }

    private static bool StandsAlone(ReadOnlySpan<char> text, int at) =>
        (at == 0 || char.IsWhiteSpace(text[at - 1])) && at + 3 < text.Length;
}
