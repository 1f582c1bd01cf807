using NdrBot.Core.Codes;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>Finds the enhanced status and SMTP reply code a diagnostic text carries.</summary>
internal static class CodeExtractor
{
    public readonly record struct Codes(string? Status, string? ReplyCode, int Position);

    /// <summary>
    /// The code the remote server answered with. A status glued to a reply ("550 5.1.1", "550-'5.7.1") beats a bare
    /// status; among those, the last failing one wins, because wrappers quote the real answer after their own
    /// ("554 4.4.7 Message expired ... &lt;421 4.4.2 Connection timed out&gt;") and transcripts end with the refusal.
    /// </summary>
    public static Codes Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new Codes(null, null, -1);
        }

        // Note: Exchange and Exchange Online append the last attempt's history to a recipient's status in bracketed
        // fields ("550 4.4.7 QUEUE.Expired; message expired [Message=451 4.4.0 Primary target IP address responded
        // with: 421 4.4.2 ...] [LastAttemptedServerName=...]"). The code before them is the NDR's own status for the
        // recipient; a code quoted inside them answers only when none stands outside.
        if (HistoryFields.Mask(text) is { } masked && FindIn(masked) is { Status: not null } own)
        {
            return own;
        }

        return FindIn(text);
    }

    private static Codes FindIn(string text)
    {
        var span = text.AsSpan();
        Codes? bare = null;
        Codes? firstPair = null;
        Codes? lastFailure = null;
        foreach (var found in EnhancedCodeScanner.Scan(span))
        {
            var candidate = span[found.Start..found.End].ToString();
            if (candidate.Contains('x', StringComparison.OrdinalIgnoreCase) || !StatusCode.TryParse(candidate, out _))
            {
                continue;
            }

            bare ??= new Codes(candidate, null, found.Start);
            if ((found.ReplyStart ?? QuotedReplyBefore(span, found.Start)) is not { } r || !(SmtpReplies.IsKnown(span.Slice(r, 3)) || PairedReply(span, found.ReplyStart, candidate)))
            {
                continue;
            }

            var pair = new Codes(candidate, span.Slice(r, 3).ToString(), r);
            firstPair ??= pair;
            lastFailure = span[r] is '4' or '5' && candidate[0] == span[r] ? pair : lastFailure;
        }

        if ((lastFailure ?? firstPair) is { } chosen)
        {
            return chosen;
        }

        var status = bare?.Status;
        var reply = FindReply(span, status, out var replyPos);
        return new Codes(status, reply, bare?.Position ?? replyPos);
    }

    /// <summary>"550-'5.7.1" or "550 '5.7.1": a reply, then a quote, then the status.</summary>
    // Note: RFC 2034 §4 puts the enhanced code right after the reply code; a reply outside the everyday list is still
    // the reply when a status of its class follows it so ("522 5.2.0 Delivery failed: Over quota").
    private static bool PairedReply(ReadOnlySpan<char> text, int? replyStart, string status) =>
        replyStart is { } r && text[r] == status[0] && text[r] is '4' or '5' && ReplyCode.IsValid(text.Slice(r, 3));

    private static int? QuotedReplyBefore(ReadOnlySpan<char> text, int statusStart)
    {
        var start = statusStart - 5;
        if (start < 0 || text[statusStart - 1] is not ('\'' or '"') || text[statusStart - 2] is not (' ' or '-'))
        {
            return null;
        }

        return ReplyCode.IsValid(text.Slice(start, 3)) && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) ? start : null;
    }

    /// <summary>
    /// A three-digit reply standing alone, of the status's class when a status is known. Sendmail nests the remote
    /// reply after its own ("554 &lt;x&gt;... 550 Host unknown"); the nested one is the remote server's answer.
    /// </summary>
    private static string? FindReply(ReadOnlySpan<char> text, string? status, out int position)
    {
        position = -1;
        string? reply = null;
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            // Note: jumps to the next digit with one vectorised search instead of looking at every character.
            var digit = text[i..].IndexOfAnyInRange('0', '9');
            if (digit < 0 || (i += digit) + 3 > text.Length)
            {
                break;
            }

            var run = 1;
            while (i + run < text.Length && char.IsAsciiDigit(text[i + run]))
            {
                run++;
            }

            if (run == 3 && SmtpReplies.IsKnown(text.Slice(i, 3)) && StandsAlone(text, i) && (status is null || status[0] == text[i]))
            {
                if (reply is null)
                {
                    position = i;
                    reply = text.Slice(i, 3).ToString();
                }
                else if (text[..i].TrimEnd(' ').EndsWith("...", StringComparison.Ordinal))
                {
                    return text.Slice(i, 3).ToString();
                }
            }

            i += run - 1;
        }

        return reply;
    }

    private static bool StandsAlone(ReadOnlySpan<char> text, int i)
    {
        var before = i == 0 ? ' ' : text[i - 1];
        var after = i + 3 >= text.Length ? ' ' : text[i + 3];
        var beforeOk = before is ' ' or '\t' or '\n' or ':' or ';' or '\'' or '"' or '(' or '<' or '#' or '[' or '=';
        var afterOk = after is ' ' or '-' or '\n' or '\t' or ':' or '\'' or '"' or ')' or ']' or '>' or ',';
        if (!beforeOk || !afterOk)
        {
            return false;
        }

        // Note: "after 3 attempt(s)", "in 840 minutes", "port 587": a following unit word means a count, not a reply.
        var rest = text[(i + 3)..].TrimStart(' ');
        return !(rest.StartsWith("minute", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("hour", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("second", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("day", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("byte", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("kb", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("mb", StringComparison.OrdinalIgnoreCase) || rest.StartsWith("attempt", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("time", StringComparison.OrdinalIgnoreCase));
    }
}
