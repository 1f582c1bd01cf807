namespace NdrBot.Core.Codes;

/// <summary>
/// Scans for RFC 3463 codes <c>C.S.D</c> (C in 2,4,5; S and D of 1-3 digits, D may be <c>x</c>) and the reply
/// code written right before one (<c>550 5.1.1</c>, <c>550-5.7.26</c>, <c>#550 5.1.1</c>). A code must stand
/// alone: not inside a version number, IP address or date (<c>v5.4.6.1</c>, <c>10.5.4.1</c>, <c>2024.5.1</c>).
/// </summary>
internal static class EnhancedCodeScanner
{
    public readonly record struct Found(int Start, int End, int? ReplyStart);

    public static List<Found> Scan(ReadOnlySpan<char> text)
    {
        var results = new List<Found>();
        var from = 0;
        while (from < text.Length)
        {
            var offset = text[from..].IndexOf('.');
            if (offset < 0)
            {
                break;
            }

            var dot = from + offset;
            from = dot + 1;
            if (TryMatchAt(text, dot - 1, out var end))
            {
                results.Add(new Found(dot - 1, end, ReplyBefore(text, dot - 1)));
                from = end;
            }
        }

        return results;
    }

    private static bool TryMatchAt(ReadOnlySpan<char> text, int start, out int end)
    {
        end = 0;
        if (start < 0 || text[start] is not ('2' or '4' or '5') || !StandsAloneBefore(text, start))
        {
            return false;
        }

        var i = start + 2;
        var subjectDigits = CountDigits(text, i);
        var subjectIsX = subjectDigits == 0 && i < text.Length && text[i] is 'x' or 'X';
        if (!subjectIsX && (subjectDigits is < 1 or > 3 || LeadingZero(text, i, subjectDigits)))
        {
            return false;
        }

        i += subjectIsX ? 1 : subjectDigits;
        if (i >= text.Length || text[i] != '.')
        {
            return false;
        }

        i++;
        var detailDigits = CountDigits(text, i);
        var detailIsX = detailDigits == 0 && i < text.Length && text[i] is 'x' or 'X';
        if ((!detailIsX && (detailDigits is < 1 or > 3 || LeadingZero(text, i, detailDigits))) || (subjectIsX && !detailIsX))
        {
            return false;
        }

        i += detailIsX ? 1 : detailDigits;
        if (!StandsAloneAfter(text, i))
        {
            return false;
        }

        end = i;
        return true;
    }

    // Note: StatusCode.TryParse refuses "5.01.1" (as the catalogue keys do), so the scanner must not offer it:
    // fuzzing found "4.065.x" recognised as a code that nothing downstream could parse.
    private static bool LeadingZero(ReadOnlySpan<char> text, int i, int digits) => digits > 1 && text[i] == '0';

    private static int CountDigits(ReadOnlySpan<char> text, int i)
    {
        var n = 0;
        while (i + n < text.Length && char.IsAsciiDigit(text[i + n]) && n < 4)
        {
            n++;
        }

        return n;
    }

    private static bool StandsAloneBefore(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return true;
        }

        var prev = text[start - 1];
        if (prev == '-')
        {
            // "550-5.7.26" continues a reply; "build-5.4.6" is a name.
            return start < 2 || !char.IsLetter(text[start - 2]);
        }

        return !char.IsLetterOrDigit(prev) && prev is not ('.' or '_' or '/' or '\\' or '+');
    }

    private static bool StandsAloneAfter(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return true;
        }

        var next = text[i];
        if (char.IsLetterOrDigit(next) || next is '_' or '/' or '\\' || next == '-' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
        {
            return false;
        }

        // "5.4.6.1" is a version, "5.4.6." ends a sentence.
        return next != '.' || i + 1 >= text.Length || !char.IsLetterOrDigit(text[i + 1]);
    }

    /// <summary>A reply code glued before the status by one space or hyphen, e.g. <c>550-5.7.26</c>.</summary>
    private static int? ReplyBefore(ReadOnlySpan<char> text, int statusStart)
    {
        var sep = statusStart - 1;
        if (sep < 3 || text[sep] is not (' ' or '-'))
        {
            return null;
        }

        var start = sep - 3;
        var candidate = text.Slice(start, 3);
        if (!ReplyCode.IsValid(candidate) || (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] == '.')))
        {
            return null;
        }

        return start;
    }
}
