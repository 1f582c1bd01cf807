namespace NdrBot.Core.Codes;

/// <summary>
/// Finds basic SMTP reply codes (<c>550</c>) that are not glued to an enhanced status. A three-digit number is
/// only taken for a reply code when something says so: it is the whole question (<c>@ndrbot 550</c>), follows
/// <c>#</c> or a word such as "error", "code" or "said:", or opens a line of a server transcript
/// (<c>550 Requested action not taken</c>). "250 attachments" or "port 587" are not replies.
/// </summary>
internal static class ReplyCodeScanner
{
    private const int ShortQuestionWords = 6;
    private const int LookBehind = 24;

    private static readonly string[] CueWords = ["smtp", "code", "error", "reply", "replied", "status", "response", "said", "returned", "ndr", "bounce", "failed"];
    private static readonly string[] Units = ["mb", "kb", "gb", "byte", "ms", "sec", "min", "hour", "day", "%"];

    private static readonly string[] CountedNouns = ["attachments", "recipients", "messages", "users"];

    public static List<int> Scan(ReadOnlySpan<char> text, IReadOnlyList<(int Start, int End)> statusSpans)
    {
        var found = new List<int>();
        var isShortQuestion = CountWords(text) <= ShortQuestionWords;
        var nextStatus = 0;
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var run = 1;
            while (i + run < text.Length && char.IsAsciiDigit(text[i + run]))
            {
                run++;
            }

            while (nextStatus < statusSpans.Count && statusSpans[nextStatus].End <= i)
            {
                nextStatus++;
            }

            var insideStatus = nextStatus < statusSpans.Count && statusSpans[nextStatus].Start <= i;
            if (run == 3 && ReplyCode.IsValid(text.Slice(i, 3)) && StandsAlone(text, i) && !insideStatus
                && (isShortQuestion || HasCue(text, i)) && !FollowedByUnit(text, i + 3))
            {
                found.Add(i);
            }

            i += run - 1;
        }

        return found;
    }

    private static bool StandsAlone(ReadOnlySpan<char> text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 3 >= text.Length ? ' ' : text[i + 3];
        return !char.IsLetter(before) && before is not ('.' or ',' or ':' or '/' or '-' or '+' or '$')
            && !char.IsLetter(after) && after is not ('.' or ',' or '/' or ':') || (after is '.' or ',' && (i + 4 >= text.Length || !char.IsAsciiDigit(text[i + 4])) && !char.IsLetter(before) && before is not ('.' or '-' or '/'));
    }

    private static bool HasCue(ReadOnlySpan<char> text, int i)
    {
        if (i > 0 && text[i - 1] == '#')
        {
            return true;
        }

        if (OpensLine(text, i))
        {
            // Opens a line: a transcript line is the code, a space or hyphen, then words.
            var rest = text[(i + 3)..];
            return rest.Length >= 2 && rest[0] is ' ' or '-' && char.IsLetter(rest[1]);
        }

        var window = text[Math.Max(0, i - LookBehind)..i];
        window = window[(window.LastIndexOfAny('\n', '\r') + 1)..];
        foreach (var cue in CueWords)
        {
            if (window.Contains(cue, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Only blanks, then quote marks, then blanks stand before <paramref name="i"/> on its line. Read backwards and
    /// stopping at the first other character, so the runs read for successive codes never overlap.
    /// </summary>
    // Note: the earlier form looked for the line start from every candidate, which is quadratic on one long line
    // ("550 550 550 …" over 1 MiB took seconds); fuzzing found it.
    private static bool OpensLine(ReadOnlySpan<char> text, int i)
    {
        var k = SkipBlanksBack(text, i);
        while (k > 0 && text[k - 1] == '>')
        {
            k--;
        }

        k = SkipBlanksBack(text, k);
        return k == 0 || text[k - 1] is '\n' or '\r';
    }

    private static int SkipBlanksBack(ReadOnlySpan<char> text, int k)
    {
        while (k > 0 && text[k - 1] is not ('\n' or '\r') && char.IsWhiteSpace(text[k - 1]))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// A unit after the number makes it a count ("500 MB", "250 attachments"). Servers open replies with "554 Message
    /// rejected" and "550 User unknown", and people write "552 message size exceeds", so a counted noun makes a count
    /// only in the plural ("550 messages").
    /// </summary>
    private static bool FollowedByUnit(ReadOnlySpan<char> text, int i)
    {
        var rest = text[i..].TrimStart();
        foreach (var unit in Units)
        {
            if (rest.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var noun in CountedNouns)
        {
            if (rest.StartsWith(noun, StringComparison.OrdinalIgnoreCase) && (rest.Length == noun.Length || !char.IsLetter(rest[noun.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (!isSpace && !inWord)
            {
                words++;
                if (words > ShortQuestionWords)
                {
                    return words;
                }
            }

            inWord = !isSpace;
        }

        return words;
    }
}
