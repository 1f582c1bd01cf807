namespace NdrBot.Core.Bounces.Mime;

/// <summary>Tells a whole message (it opens with RFC 5322 header fields) from a pasted fragment.</summary>
internal static class MessageSniffer
{
    private static readonly string[] HeaderNames =
    [
        "return-path", "received", "from", "to", "subject", "date", "message-id", "mime-version", "delivered-to",
        "content-type", "x-", "reply-to", "sender", "auto-submitted", "arc-", "dkim-signature", "authentication-results",
        "x-original-to", "cc", "thread-topic", "thread-index", "content-transfer-encoding", "precedence", "references",
        "in-reply-to", "list-",
    ];

    public static bool LooksLikeMessage(string text)
    {
        var headerLines = 0;
        var lines = 0;
        foreach (var line in text.AsSpan().TrimStart().EnumerateLines())
        {
            if (lines++ == 0 && line.StartsWith("From ", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.IsEmpty)
            {
                break;
            }

            if (line[0] is ' ' or '\t')
            {
                continue;
            }

            if (!IsHeaderLine(line))
            {
                return false;
            }

            if (++headerLines >= 3 || lines > 40)
            {
                break;
            }
        }

        return headerLines >= 2;
    }

    private static bool IsHeaderLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0 || colon > 60 || line[..colon].ContainsAny(' ', '\t'))
        {
            return false;
        }

        var name = line[..colon].ToString().ToLowerInvariant();
        foreach (var known in HeaderNames)
        {
            if (name == known || (known.EndsWith('-') && name.StartsWith(known, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }
}
