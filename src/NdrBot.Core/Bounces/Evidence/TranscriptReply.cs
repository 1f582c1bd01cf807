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

        var parts = new List<string>();
        foreach (var line in context.AsSpan(start).EnumerateLines())
        {
            var trimmed = line.Trim();
            if (!trimmed.StartsWith("<<< ", StringComparison.Ordinal) || parts.Count == MaxLines)
            {
                break;
            }

            parts.Add(trimmed[4..].ToString());
        }

        // Note: a context collapsed to one line keeps the later "<<< " markers inside the first part; drop them so
        // a phrase wrapped across reply lines ("potential <<< security issue") reads whole.
        return string.Join(' ', parts).Replace(" <<< ", " ", StringComparison.Ordinal);
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
