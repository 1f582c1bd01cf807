namespace NdrBot.Core.Bounces;

/// <summary>Tells which SMTP command a failure answered, from how MTAs describe it.</summary>
internal static class CommandDetector
{
    // Note: Postfix "(in reply to RCPT TO command)", Exim "after RCPT TO:<x>", DMA "did not like our RCPT TO".
    private static readonly (string Marker, string Command)[] Described =
    [
        ("rcpt to", "RCPT"), ("rcpt command", "RCPT"), ("mail from", "MAIL"), ("mail command", "MAIL"),
        ("end of data", "DATA"), ("final data", "DATA"), ("data command", "DATA"), ("after data", "DATA"),
        ("helo", "HELO"), ("ehlo", "HELO"), ("initial connection", "CONN"), ("greeting", "CONN"),
        ("starttls", "STARTTLS"), ("my name was rejected", "HELO"), ("but sender was rejected", "MAIL"),
        ("but greeting failed", "CONN"),
    ];

    // Note: Sendmail transcripts (">>> DATA" then "<<< 550 ..."): the last command sent is the one refused.
    private static readonly (string Marker, string Command)[] Transcript =
    [
        (">>> rcpt to", "RCPT"), (">>> mail from", "MAIL"), (">>> data", "DATA"), (">>> ehlo", "HELO"),
        (">>> helo", "HELO"), (">>> starttls", "STARTTLS"), ("\n-------smtp command\ndata", "DATA"),
        ("\n-------smtp command\nrcpt", "RCPT"), ("\n-------smtp command\nmail", "MAIL"),
        ("in:  rcpt to", "RCPT"), ("in:  mail", "MAIL"), ("in:  data", "DATA"), ("in:  ehlo", "HELO"), ("in:  helo", "HELO"),
        ("in: rcpt to", "RCPT"), ("in: mail", "MAIL"), ("in: data", "DATA"), ("in: ehlo", "HELO"), ("in: helo", "HELO"),
    ];

    private static readonly string[] RefusalMarkers = ["<<< 4", "<<< 5", "out: 4", "out: 5"];

    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var lower = text.ToLowerInvariant();
        string? last = null;
        var lastAt = -1;
        var refusal = FirstRefusal(lower);

        // Note: every transcript marker holds ">>>", "in:" or "smtp command"; most reports have none of them.
        var transcript = lower.Contains(">>>", StringComparison.Ordinal) || lower.Contains("in:", StringComparison.Ordinal)
            || lower.Contains("smtp command", StringComparison.Ordinal);
        foreach (var (marker, command) in transcript ? Transcript : [])
        {
            var at = lower.LastIndexOf(marker, refusal, StringComparison.Ordinal);
            if (at > lastAt)
            {
                last = command;
                lastAt = at;
            }
        }

        if (last is not null)
        {
            return last;
        }

        // Note: Postfix wraps its report at 80 columns, so "(in reply to RCPT\n    TO command)" is read with the
        // line break as one space (lhost-postfix-46).
        var flat = lower.AsSpan().IndexOfAny('\n', '\t', '\r') < 0 ? lower : TextTools.Collapse(lower, lower.Length);
        string? best = null;
        var bestAt = int.MaxValue;
        foreach (var (marker, command) in Described)
        {
            var at = flat.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && at < bestAt)
            {
                best = command;
                bestAt = at;
            }
        }

        return best;
    }

    /// <summary>Where the first "&lt;&lt;&lt; 4xx/5xx" reply is: the command just before it is the one refused.</summary>
    private static int FirstRefusal(string lower)
    {
        // Note: Sendmail marks replies "<<< 550"; Postfix session transcripts mark them "Out: 550".
        var first = -1;
        foreach (var marker in RefusalMarkers)
        {
            var at = lower.IndexOf(marker, StringComparison.Ordinal);
            first = at >= 0 && (first < 0 || at < first) ? at : first;
        }

        return first < 0 ? lower.Length - 1 : first;
    }
}
