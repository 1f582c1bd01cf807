namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// The whole refusal from a Sendmail-style session transcript ("&lt;&lt;&lt; 552-5.7.0 ..." continued over several
/// lines). DSN Diagnostic-Code fields often keep only the first line, which can mislead on its own.
/// </summary>
internal static class TranscriptReply
{
    private const int MaxLines = 12;

    public static string Find(string? context)
    {
        if (string.IsNullOrEmpty(context))
        {
            return "";
        }

        var start = FirstRefusal(context);
        if (start < 0)
        {
            return "";
        }

        // Note: one reply only: its lines are "<<< 552-..." until the one whose code is followed by a space (RFC 5321
        // 4.2.1). A context collapsed to one line keeps every later "<<< " marker inside it, so the reply is split at
        // them too; the session's later answers ("<<< 554 5.5.1 Error: no valid recipients" to DATA) are left out.
        var parts = new List<string>();
        var at = start;
        while (at >= 0 && parts.Count < MaxLines)
        {
            var from = at + 4;
            var lineEnd = context.IndexOf('\n', from);
            var next = context.IndexOf("<<< ", from, StringComparison.Ordinal);
            var end = Math.Min(lineEnd < 0 ? context.Length : lineEnd, next < 0 ? context.Length : next);
            var part = context.AsSpan(from, end - from).Trim();
            parts.Add(part.ToString());
            if (part.Length < 4 || part[3] != '-' || next < 0 || (lineEnd >= 0 && lineEnd < next && !context.AsSpan(lineEnd + 1, next - lineEnd - 1).IsWhiteSpace()))
            {
                break;
            }

            at = next;
        }

        return string.Join(' ', parts);
    }

    private static int FirstRefusal(string text)
    {
        var at = text.IndexOf("<<< ", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at + 4 < text.Length && text[at + 4] is '4' or '5')
            {
                return at;
            }

            at = text.IndexOf("<<< ", at + 4, StringComparison.Ordinal);
        }

        return -1;
    }
}
