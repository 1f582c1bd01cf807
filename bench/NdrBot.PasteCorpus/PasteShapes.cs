using System.Text;

namespace NdrBot.PasteCorpus;

/// <summary>What happens to visible bounce text on its way into a chat message.</summary>
internal static class PasteShapes
{
    /// <summary>
    /// Through Slack: a question and a code fence around the text, &amp; &lt; &gt; as entities (what the Events API
    /// delivers), straight quotes turned curly, and lines that continue a sentence joined to the one before.
    /// </summary>
    public static string Slack(string text)
    {
        var joined = JoinContinuations(text);
        var escaped = joined.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal);
        return "got this bounce back, any idea why?\n```\n" + SmartQuotes(escaped) + "\n```";
    }

    /// <summary>Forwarded inline with every line quoted, as Thunderbird and Gmail quote a forwarded message.</summary>
    public static string Forward(string text, string from, string to, string subject, string date)
    {
        var quoted = new StringBuilder();
        quoted.Append("FYI, this came back when I mailed the customer.\n\n---------- Forwarded message ---------\n");
        quoted.Append("From: ").Append(from).Append('\n');
        quoted.Append("Date: ").Append(date).Append('\n');
        quoted.Append("Subject: ").Append(subject).Append('\n');
        quoted.Append("To: ").Append(to).Append("\n\n");
        foreach (var line in text.Split('\n'))
        {
            quoted.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
        }

        return quoted.ToString();
    }

    /// <summary>Every line longer than <paramref name="width"/> broken at its last space within the width.</summary>
    public static string Wrap(string text, int width)
    {
        var wrapped = new StringBuilder(text.Length + (text.Length / width));
        foreach (var line in text.Split('\n'))
        {
            var rest = line;
            while (rest.Length > width)
            {
                var cut = rest.LastIndexOf(' ', width);
                if (cut <= 0)
                {
                    break;
                }

                wrapped.Append(rest, 0, cut).Append('\n');
                rest = rest[(cut + 1)..];
            }

            wrapped.Append(rest).Append('\n');
        }

        return wrapped.ToString().TrimEnd('\n');
    }

    /// <summary>The lines that continue a sentence (the next starts lower case, with a digit or indented) joined with a space.</summary>
    private static string JoinContinuations(string text)
    {
        var lines = text.Split('\n');
        var output = new StringBuilder(text.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            output.Append(lines[i]);
            if (i + 1 < lines.Length)
            {
                var next = lines[i + 1];
                var continues = lines[i].Length > 0 && next.Length > 0 && (char.IsLower(next[0]) || next[0] is ' ' or '\t');
                output.Append(continues ? ' ' : '\n');
            }
        }

        return output.ToString();
    }

    private static string SmartQuotes(string text)
    {
        var output = new StringBuilder(text.Length);
        var open = true;
        foreach (var c in text)
        {
            switch (c)
            {
                case '\'':
                    output.Append('\u2019');
                    break;
                case '"':
                    output.Append(open ? '\u201c' : '\u201d');
                    open = !open;
                    break;
                default:
                    output.Append(c);
                    break;
            }
        }

        return output.ToString();
    }
}
