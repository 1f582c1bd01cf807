using System.Text;

namespace NdrBot.Core.Tests.Fuzz;

/// <summary>
/// Ways real bounces get damaged on the way to NdrBot. Messages are handled as Latin-1 strings so that every byte
/// survives the round trip; each mutation is linear in the input and never throws for any arguments.
/// </summary>
internal static class Mutations
{
    public static string Truncate(string message, int permille) => message[..(int)((long)message.Length * permille / 1000)];

    /// <summary>0: CRLF everywhere, 1: bare CR, 2: bare LF, 3: alternating CRLF and LF.</summary>
    public static string LineEndings(string message, int kind)
    {
        var lf = message.Replace("\r\n", "\n", StringComparison.Ordinal);
        return kind switch
        {
            0 => lf.Replace("\n", "\r\n", StringComparison.Ordinal),
            1 => lf.Replace('\n', '\r'),
            2 => lf,
            _ => string.Join("", lf.Split('\n').Select((line, i) => line + (i % 2 == 0 ? "\r\n" : "\n"))),
        };
    }

    /// <summary>Moves the message's own body (with its Content-* fields) <paramref name="depth"/> multiparts down.</summary>
    public static string NestMultiparts(string message, int depth)
    {
        var (headers, body) = Split(message);
        var outer = new StringBuilder();
        var inner = new StringBuilder();
        foreach (var field in Fields(headers))
        {
            (field.StartsWith("content-", StringComparison.OrdinalIgnoreCase) ? inner : outer).Append(field).Append('\n');
        }

        var sb = new StringBuilder(message.Length + (depth * 80));
        sb.Append(outer).Append("MIME-Version: 1.0\n");
        for (var i = 0; i < depth; i++)
        {
            sb.Append("Content-Type: multipart/mixed; boundary=\"fz").Append(i).Append("\"\n\n--fz").Append(i).Append('\n');
        }

        sb.Append(inner).Append('\n').Append(body).Append('\n');
        for (var i = depth - 1; i >= 0; i--)
        {
            sb.Append("--fz").Append(i).Append("--\n");
        }

        return sb.ToString();
    }

    /// <summary>Adds one header field of <paramref name="size"/> characters, folded every 70 when asked.</summary>
    public static string HugeHeader(string message, int size, bool folded)
    {
        var value = new StringBuilder(size + (size / 35));
        for (var i = 0; i < size; i++)
        {
            value.Append(folded && i % 70 == 69 ? "\n\t" : (i % 7 == 6 ? " " : "a"));
        }

        return "X-Fuzz-Huge: " + value + "\n" + message;
    }

    /// <summary>Puts one line of <paramref name="length"/> characters into the middle of the message.</summary>
    public static string LongLine(string message, int length, char fill)
    {
        var middle = message.Length / 2;
        return new StringBuilder(message.Length + length + 2).Append(message, 0, middle).Append('\n').Append(fill, length).Append('\n')
            .Append(message, middle, message.Length - middle).ToString();
    }

    /// <summary>Replaces every <c>charset=</c> value, and declares one on the top level too.</summary>
    public static string Charset(string message, string charset)
    {
        var sb = new StringBuilder("Content-Type: text/plain; charset=" + charset + "\n");
        var rest = message.AsSpan();
        int at;
        while ((at = rest.IndexOf("charset=", StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            sb.Append(rest[..(at + 8)]).Append(charset);
            rest = rest[(at + 8)..];
            var end = rest.IndexOfAny(";\r\n ");
            rest = end < 0 ? [] : rest[end..];
        }

        return sb.Append(rest).ToString();
    }

    /// <summary>Declares every part base64 and drops <paramref name="garbage"/> into the body.</summary>
    public static string Base64Garbage(string message, string garbage, int permille)
    {
        var encoded = message.Replace("Content-Transfer-Encoding:", "Content-Transfer-Encoding: base64\nX-Was:", StringComparison.OrdinalIgnoreCase);
        var (headers, body) = Split(encoded);
        var at = (int)((long)body.Length * permille / 1000);
        return headers + "Content-Transfer-Encoding: base64\n\n" + body[..at] + garbage + body[at..];
    }

    /// <summary>Prefixes line i with <c>depths[i % n]</c> quote marks (some spaced, some not): unbalanced quoting.</summary>
    public static string Quote(string message, int[] depths)
    {
        var lines = message.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var sb = new StringBuilder(message.Length * 2);
        for (var i = 0; i < lines.Length; i++)
        {
            var depth = depths.Length == 0 ? 0 : depths[i % depths.Length];
            sb.Append(depth % 2 == 0 ? new string('>', depth) : string.Concat(Enumerable.Repeat("> ", depth))).Append(lines[i]).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>The message as an HTML paste: escaped, one <c>&lt;br&gt;</c> a line, inside html/body.</summary>
    public static string Html(string message) =>
        "<html><head><style>p{}</style></head><body><p>"
        + message.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\n", "<br>\n", StringComparison.Ordinal)
        + "</p></body></html>";

    /// <summary>What a careless HTML-to-text step leaves: everything between <c>&lt;</c> and <c>&gt;</c> gone.</summary>
    public static string StripTags(string message)
    {
        var sb = new StringBuilder(message.Length);
        var inTag = false;
        foreach (var c in message)
        {
            inTag = c == '<' || (inTag && c != '>');
            if (!inTag && c != '>')
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    public static string FlipBytes(string message, int[] positions, byte[] values)
    {
        if (message.Length == 0)
        {
            return message;
        }

        var chars = message.ToCharArray();
        for (var i = 0; i < positions.Length && i < values.Length; i++)
        {
            chars[(int)((uint)positions[i] % (uint)chars.Length)] = (char)values[i];
        }

        return new string(chars);
    }

    private static (string Headers, string Body) Split(string message)
    {
        var lf = message.Replace("\r\n", "\n", StringComparison.Ordinal);
        var blank = lf.IndexOf("\n\n", StringComparison.Ordinal);
        return blank < 0 ? (lf + "\n", "") : (lf[..(blank + 1)], lf[(blank + 2)..]);
    }

    /// <summary>Header fields with their continuation lines joined back (each without its final newline).</summary>
    private static List<string> Fields(string headers)
    {
        var fields = new List<string>();
        foreach (var line in headers.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (fields.Count > 0 && line[0] is ' ' or '\t')
            {
                fields[^1] += "\n" + line;
            }
            else
            {
                fields.Add(line);
            }
        }

        return fields;
    }
}
