namespace NdrBot.Core.Checks.Evidence;

/// <summary>
/// Reads header fields out of bounce text, wherever they are: the bounce's own header block (if the text starts
/// with one), the DSN fields, and the returned message's headers. Folded lines are joined, <c>&gt;</c> quoting is
/// removed. Bounded: only the first <see cref="MaxLines"/> lines are read.
/// </summary>
internal static class HeaderLines
{
    public const int MaxLines = 20_000;

    public const int MaxValueChars = 4000;

    public static List<HeaderLine> Read(string text)
    {
        var result = new List<HeaderLine>();
        var outer = true;
        var first = true;
        string? name = null;
        var value = "";
        foreach (var raw in text.Split('\n').Take(MaxLines))
        {
            var line = Unquote(raw.TrimEnd('\r'));
            if (line.Length > 0 && line[0] is ' ' or '\t' && name is not null)
            {
                value = value.Length < MaxValueChars ? value + " " + line.Trim() : value;
                continue;
            }

            Flush();
            if (line.Trim().Length == 0)
            {
                outer = false;
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0 && colon < 40 && line[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                name = line[..colon];
                value = line[(colon + 1)..].Trim();
            }
            else if (first)
            {
                outer = false;
            }

            first = false;
        }

        Flush();
        return result;

        void Flush()
        {
            if (name is not null)
            {
                result.Add(new HeaderLine(name, value, outer));
                name = null;
            }
        }
    }

    private static string Unquote(string line)
    {
        var i = 0;
        while (i < line.Length && (line[i] == '>' || (line[i] == ' ' && i > 0 && line[i - 1] == '>')))
        {
            i++;
        }

        return i == 0 ? line : line[i..];
    }
}
