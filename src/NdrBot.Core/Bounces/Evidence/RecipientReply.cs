using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// What a report's text says for one recipient: the codes that answer for it and the remote server's words, read from
/// the recipient's own entry first, then from the block's first failure line.
/// </summary>
internal static class RecipientReply
{
    private const string SaidCue = "said:";

    private const string InReplyTo = "(in reply to ";

    private const int MaxSessionLines = 12;

    /// <summary>
    /// The codes that answer for this recipient, and the words around them. The recipient's own line (with the
    /// indented lines that continue it, as Postfix, Exim and Sendmail write them) comes first; then the first line
    /// of the block that holds a failure code, so a session's later protocol lines ("503 5.0.0 Need RCPT", "221
    /// Bye") and a mailer's summary ("554 5.0.0 Service unavailable") do not outrank the refusal itself.
    /// </summary>
    public static (CodeExtractor.Codes Codes, string? Diagnostic) Read(string? address, string block, IReadOnlyList<string> recipients)
    {
        var lines = UnfoldedLines(block);
        var own = address is null ? [] : lines.Select((l, i) => (Line: l, Index: i)).Where(l => l.Line.Contains(address, StringComparison.OrdinalIgnoreCase))
            .Select(l => (Line: OwnPart(l.Line, address, recipients), l.Index));
        var chosen = Strongest(own) ?? Strongest(lines.Select((l, i) => (Line: l, Index: i)));
        if (chosen is { } found)
        {
            // Note: a bare code ("Status: 5.5.0") takes its reply from a line that gives one of the same class.
            var reply = found.Codes.ReplyCode ?? lines.Select(Failure)
                .FirstOrDefault(f => f is { Strength: 0 } r && r.Codes.ReplyCode![0] == found.Codes.Status![0])?.Codes.ReplyCode;
            reply = RemoteReplyBefore(lines, found.Index, address, reply) ?? reply;
            var status = found.Codes.Status ?? QmailStatus(block, reply);
            return (found.Codes with { Status = status, ReplyCode = reply }, Joined(WholeReply(found.Diagnostic, lines, found.Index)));
        }

        var codes = CodeExtractor.Find(block);
        return (codes, DiagnosticAt(block, codes.Position) ?? (address is null ? null : OwnWords(lines, address)));
    }

    /// <summary>
    /// The words of the entry that lists the recipient, when it carries no code: Postfix writes its own findings so
    /// ("&lt;a@b&gt;: Host or domain name not found. Name service error for name=b type=MX: Host not found"), and
    /// Exim puts its reason on the indented lines under the address ("a@b" then "Unrouteable address").
    /// </summary>
    // Note: in a Sendmail transcript "554 <a@b>... Remote protocol error" is Sendmail's own summary of the refusal;
    // the remote server's reply is the "<<< 550 ..." line of the session before it (savemail.c writes the transcript
    // in order), and that is the reply code.
    private static string? RemoteReplyBefore(List<string> lines, int index, string? address, string? reply)
    {
        var own = lines[index].AsSpan().TrimStart();
        if (address is null || reply is null || own.Length < 6 || !own.StartsWith(reply, StringComparison.Ordinal)
            || !own[3..].TrimStart().StartsWith("<" + address + ">...", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        for (var i = index - 1; i >= 0 && index - i <= MaxSessionLines; i--)
        {
            var line = lines[i].AsSpan().TrimStart();
            if (line.StartsWith(">>> ", StringComparison.Ordinal) || line.Contains("while talking to", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            if (line.StartsWith("<<< ", StringComparison.Ordinal) && line.Length >= 7 && Codes.ReplyCode.IsValid(line.Slice(4, 3)) && line[4] == reply[0])
            {
                return line.Slice(4, 3).ToString();
            }
        }

        return null;
    }

    // Note: qmail ends a recipient's entry with its own status in "(#5.5.0)" (qmail-remote.c, qmail-send.c), on the
    // remote reply's line or a line of its own; it answers for a reply that carries no enhanced code.
    private static string? QmailStatus(string block, string? reply)
    {
        var at = block.IndexOf("(#", StringComparison.Ordinal);
        if (at < 0 || block.IndexOf(')', at) is var end && (end < 0 || end - at > 12))
        {
            return null;
        }

        var status = CodeExtractor.Find(block[(at + 2)..end]).Status;
        return status is not null && status[0] is '4' or '5' && (reply is null || reply[0] == status[0]) ? status : null;
    }

    private static string? OwnWords(List<string> lines, string address)
    {
        foreach (var line in lines)
        {
            var trimmed = line.AsSpan().TrimStart(" \t>*-<\"'(");
            if (!trimmed.StartsWith(address, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var words = trimmed[address.Length..].TrimStart(" \t>:;,");
            var listsAnother = AddressScanner.Scan(words, 1) is [{ } next] && words[..next.Start].TrimEnd(" \t<\"'").IsEmpty;
            return !listsAnother && (words.ContainsAnyInRange('a', 'z') || words.ContainsAnyInRange('A', 'Z')) ? TextTools.Collapse(words.ToString(), 600) : null;
        }

        return null;
    }

    /// <summary>
    /// The diagnostic with the lines that continue a multi-line SMTP reply ("550-5.7.26 ..." then "550-5.7.26 ..."
    /// then "550 5.7.26 ..."), which servers such as Gmail write one per line.
    /// </summary>
    private static string? WholeReply(string? diagnostic, List<string> lines, int index)
    {
        if (diagnostic is not { Length: > 4 } || diagnostic[3] != '-' || !char.IsAsciiDigit(diagnostic[0]))
        {
            return diagnostic;
        }

        var prefix = diagnostic[..3];
        var sb = new System.Text.StringBuilder(diagnostic);
        for (var i = index + 1; i < lines.Count && sb.Length < 600; i++)
        {
            var line = lines[i].TrimStart();
            if (line.Length < 4 || !line.StartsWith(prefix, StringComparison.Ordinal) || line[3] is not ('-' or ' '))
            {
                break;
            }

            sb.Append(' ').Append(line);
            if (line[3] == ' ')
            {
                break;
            }
        }

        return TextTools.Collapse(sb.ToString(), 600);
    }

    /// <summary>
    /// The part of a line that is about this recipient: between the other recipients the line lists, if it lists
    /// any (a paste whose lines were joined has several "a@b: reason" entries on one line). An address is listed
    /// when it opens the line or is followed by a colon; one quoted inside a reply is not.
    /// </summary>
    private static string OwnPart(string line, string address, IReadOnlyList<string> recipients)
    {
        var at = line.IndexOf(address, StringComparison.OrdinalIgnoreCase);
        int start = 0, end = line.Length;
        foreach (var found in AddressScanner.Scan(line.AsSpan(), 50))
        {
            var listed = line.AsSpan(0, found.Start).TrimStart(" \t<\"'").IsEmpty
                || line.AsSpan(found.End).TrimStart('>').StartsWith(":", StringComparison.Ordinal);
            if (found.Address == address || !recipients.Contains(found.Address) || !listed)
            {
                continue;
            }

            if (found.End <= at)
            {
                start = Math.Max(start, found.End);
            }
            else if (found.Start > at)
            {
                end = Math.Min(end, found.Start);
            }
        }

        return line[start..end];
    }

    /// <summary>
    /// The first line with the strongest failure code. A reply with its enhanced code ("550 5.1.1") is the server's
    /// answer; a bare enhanced code is more often help text ("see error code 5.1.10"); a bare reply says least.
    /// </summary>
    private static (CodeExtractor.Codes Codes, string? Diagnostic, int Strength, int Index)? Strongest(IEnumerable<(string Line, int Index)> lines)
    {
        (CodeExtractor.Codes Codes, string? Diagnostic, int Strength, int Index)? best = null;
        foreach (var (line, index) in lines)
        {
            if (Failure(line) is { } found && (best is null || found.Strength > best.Value.Strength))
            {
                best = (found.Codes, found.Diagnostic, found.Strength, index);
            }
        }

        return best;
    }

    /// <summary>
    /// The line's code and the words from it on, when the line holds a failure (class 4 or 5) code; strength 2 for
    /// a reply with its enhanced code, 1 for an enhanced code alone, 0 for a reply alone.
    /// </summary>
    private static (CodeExtractor.Codes Codes, string? Diagnostic, int Strength)? Failure(string line)
    {
        var codes = CodeExtractor.Find(line);
        var failing = codes.Status is { } status ? status[0] is '4' or '5' : codes.ReplyCode is { } reply && reply[0] is '4' or '5';
        if (!failing)
        {
            return null;
        }

        var strength = codes.Status is null ? 0 : codes.ReplyCode is null ? 1 : 2;
        return (codes, TextTools.Collapse(line[MultilineReply.StartOf(line, Math.Max(0, codes.Position))..], 600), strength);
    }

    private static string? Joined(string? diagnostic) => diagnostic is null ? null : TextTools.Collapse(MultilineReply.Join(diagnostic), 600);

    /// <summary>The block's lines with indented continuation lines joined to the line they continue.</summary>
    private static List<string> UnfoldedLines(string block)
    {
        // Note: joined in a builder; appending to the string was quadratic in a line continued thousands of times.
        var lines = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var raw in block.AsSpan().EnumerateLines())
        {
            if (raw.Length > 0 && raw[0] is ' ' or '\t' && current.Length > 0)
            {
                current.Append(' ').Append(raw.Trim());
                continue;
            }

            if (current.Length > 0 || lines.Count > 0)
            {
                lines.Add(current.ToString());
            }

            current.Clear().Append(raw.TrimEnd());
        }

        lines.Add(current.ToString());
        return JoinUnindentedReplies(lines);
    }

    /// <summary>
    /// Postfix writes a remote refusal as one entry, "host X said: reply (in reply to C command)", wrapped with its
    /// continuation lines indented (bounce(8), smtp(8)); a paste that lost the indentation, or a reply hard-wrapped
    /// again, leaves the reply's words on lines of their own. A "said:" line that does not end the entry takes the
    /// following lines up to the one that does, when that one comes within a few lines without a blank line between.
    /// </summary>
    private static List<string> JoinUnindentedReplies(List<string> lines)
    {
        const int MaxWrappedLines = 3;
        for (var i = 0; i < lines.Count - 1; i++)
        {
            if (!lines[i].Contains(SaidCue, StringComparison.OrdinalIgnoreCase) || lines[i].Contains(InReplyTo, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var last = -1;
            for (var j = i + 1; j < lines.Count && j <= i + MaxWrappedLines && lines[j].Length > 0; j++)
            {
                if (lines[j].Contains(InReplyTo, StringComparison.OrdinalIgnoreCase))
                {
                    last = j;
                    break;
                }
            }

            if (last > i)
            {
                lines[i] = string.Join(' ', lines.Skip(i).Take(last - i + 1));
                lines.RemoveRange(i + 1, last - i);
            }
        }

        return lines;
    }

    /// <summary>
    /// The line holding the first code and the lines that continue it, up to a blank line. When the line says who
    /// spoke before the code ("host X[ip] said: 550 …", or a wrapped "said: 550 …"), the words start after "said:".
    /// </summary>
    private static string? DiagnosticAt(string block, int position)
    {
        if (position < 0)
        {
            return null;
        }

        var start = TextTools.LineStart(block, position);
        var said = block.AsSpan(start, position - start).LastIndexOf(SaidCue, StringComparison.OrdinalIgnoreCase);
        start = said < 0 ? start : start + said + SaidCue.Length;
        var end = block.IndexOf("\n\n", position, StringComparison.Ordinal);
        end = end < 0 ? block.Length : end;
        return TextTools.Collapse(block[start..end], 600);
    }
}
