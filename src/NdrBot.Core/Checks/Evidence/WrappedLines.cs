namespace NdrBot.Core.Checks.Evidence;

/// <summary>
/// The bounce text as logical lines: a line with the indented lines under it joined by spaces, as Postfix and Sendmail
/// wrap a remote server's reply (four spaces), so words split over lines ("SPF [contoso.test] with ip:" /
/// "[198.51.100.77]") are read together. Bounded: only the first <see cref="HeaderLines.MaxLines"/> lines, and a
/// logical line stops growing at <see cref="MaxChars"/>.
/// </summary>
internal static class WrappedLines
{
    public const int MaxChars = 8000;

    public static IEnumerable<string> Read(string text)
    {
        var current = "";
        foreach (var raw in text.Split('\n').Take(HeaderLines.MaxLines))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length > 0 && line[0] is ' ' or '\t' && current.Trim().Length > 0)
            {
                current = current.Length < MaxChars ? current + " " + line.Trim() : current;
                continue;
            }

            if (current.Length > 0)
            {
                yield return current;
            }

            current = line;
        }

        if (current.Length > 0)
        {
            yield return current;
        }
    }
}
