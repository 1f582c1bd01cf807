using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

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

        // qmail-remote.c: a refused recipient, and a message refused after DATA or after it was sent.
        ("does not like recipient", "RCPT"), ("failed after i sent the message", "DATA"),
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

    private static readonly string[] EnvelopeFields = ["mail from:", "rcpt to:"];

    private static readonly string[] RefusalMarkers = ["<<< 4", "<<< 5", "out: 4", "out: 5"];

    // Note: every transcript marker holds ">>>", "in:" or "smtp command"; most reports have none of them.
    private static readonly PhraseSet TranscriptCues = new([">>>", "in:", "smtp command"], StringComparison.OrdinalIgnoreCase);

    // Note: every described marker at once: the first place any of them starts is where the first of them is.
    private static readonly PhraseSet AnyDescribed = new([.. Described.Select(d => d.Marker)], StringComparison.OrdinalIgnoreCase);

    public static string? Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (TranscriptCues.In(text) && FromTranscript(TextTools.Lower(text)) is { } refused)
        {
            return refused;
        }

        text = WithoutEnvelopeFields(text);

        // Note: Postfix wraps its report at 80 columns, so "(in reply to RCPT\n    TO command)" is read with the
        // line break as one space (lhost-postfix-46).
        var flat = text.AsSpan().IndexOfAny('\n', '\t', '\r') < 0 ? text : TextTools.Collapse(text, text.Length);
        for (var from = 0; from < flat.Length;)
        {
            var hit = AnyDescribed.IndexIn(flat.AsSpan(from));
            if (hit < 0)
            {
                break;
            }

            var at = from + hit;
            from = at + 1;

            // Note: several markers may start at the first place; the earliest in the table wins, as it always has.
            foreach (var (marker, command) in Described)
            {
                var end = at + marker.Length;

                // Note: "helo=" names the client in a Received header (the returned message's), not a refused command.
                if (flat.AsSpan(at).StartsWith(marker, StringComparison.OrdinalIgnoreCase) && !(end < flat.Length && flat[end] == '='))
                {
                    return command;
                }
            }
        }

        return null;
    }

    /// <summary>The last command sent before the first refusal in a session transcript.</summary>
    // Note: a line that opens with "MAIL FROM: a@b" or "RCPT TO: a@b" lists the envelope (Apache James's "Message
    // details:" block), it does not say which command was refused; its words are kept from being read as a described
    // command. The command itself is written "MAIL FROM:<a@b>" (RFC 5321 4.1.1.2), as transcripts quote it.
    private static string WithoutEnvelopeFields(string text)
    {
        char[]? masked = null;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var end = text.IndexOf('\n', lineStart);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(lineStart, end - lineStart);
            var at = lineStart + (line.Length - line.TrimStart(" \t").Length);
            foreach (var field in EnvelopeFields)
            {
                if (text.AsSpan(at).StartsWith(field, StringComparison.OrdinalIgnoreCase)
                    && !text.AsSpan(at + field.Length).TrimStart(' ').StartsWith("<", StringComparison.Ordinal))
                {
                    masked ??= text.ToCharArray();
                    masked[at + field.IndexOf(' ', StringComparison.Ordinal)] = '_';
                }
            }

            lineStart = end + 1;
        }

        return masked is null ? text : new string(masked);
    }

    private static string? FromTranscript(string lower)
    {
        string? last = null;
        var lastAt = -1;
        var refusal = FirstRefusal(lower);
        foreach (var (marker, command) in Transcript)
        {
            var at = lower.LastIndexOf(marker, refusal, StringComparison.Ordinal);
            if (at > lastAt)
            {
                last = command;
                lastAt = at;
            }
        }

        return last;
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
