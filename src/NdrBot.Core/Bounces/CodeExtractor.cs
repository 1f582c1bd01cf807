using NdrBot.Core.Codes;

namespace NdrBot.Core.Bounces;

/// <summary>Finds the enhanced status and SMTP reply code a diagnostic text carries.</summary>
internal static class CodeExtractor
{
    public readonly record struct Codes(string? Status, string? ReplyCode, int Position);

    public static Codes Find(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return new Codes(null, null, -1);
        }

        var span = text.AsSpan();
        string? status = null;
        string? reply = null;
        var position = -1;
        foreach (var found in EnhancedCodeScanner.Scan(span))
        {
            var candidate = span[found.Start..found.End].ToString();
            if (candidate.Contains('x', StringComparison.OrdinalIgnoreCase) || !StatusCode.TryParse(candidate, out _))
            {
                continue;
            }

            // Note: "550 5.1.1" is best; a bare code after a different-class reply ("550 4.4.7") is still the status.
            status ??= candidate;
            position = position < 0 ? found.Start : position;
            if (found.ReplyStart is { } r)
            {
                reply = span.Slice(r, 3).ToString();
                status = candidate;
                position = r;
                break;
            }
        }

        if (reply is null)
        {
            reply = FindReply(span, status, out var replyPos);
            position = position < 0 ? replyPos : position;
        }

        return new Codes(status, reply, position);
    }

    /// <summary>A three-digit reply standing alone, of the status's class when a status is known.</summary>
    private static string? FindReply(ReadOnlySpan<char> text, string? status, out int position)
    {
        position = -1;
        for (var i = 0; i + 3 <= text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                continue;
            }

            var run = 1;
            while (i + run < text.Length && char.IsAsciiDigit(text[i + run]))
            {
                run++;
            }

            if (run == 3 && ReplyCode.IsValid(text.Slice(i, 3)) && StandsAlone(text, i)
                && (status is null || status[0] == text[i]))
            {
                position = i;
                return text.Slice(i, 3).ToString();
            }

            i += run - 1;
        }

        return null;
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
