using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Reads failed recipients out of a report's visible text (vendor NDRs without a DSN part, pasted bounces): every
/// address the text mentions as a recipient, the text between it and the next recipient, and the codes there.
/// </summary>
internal static class TextReportScanner
{
    private const int MaxBlock = 4000;

    // Note: an address on a line opening with one of these names the sender or the original message, not a
    // failed recipient ("MAIL FROM:<a@b>", "envelope-from <a@b>", Exchange's "Your message To: a@b").
    private static readonly string[] SenderCues =
    [
        "mail from", "envelope-from", "from:", "sender", "reply-to", "return-path", "message-id", "in-reply-to", "hello ", "dear ",
        "references", "received:", "date:", "subject:", "sent:", "reporting-mta", "arrival-date", "x-", "cc:", "to:",
        "dkim", "list-", "errors-to", "smtp.mailfrom", "header.from", "envelope from", "mailfrom", "by ", "for <",
    ];

    private static readonly System.Buffers.SearchValues<char> HostEnd = System.Buffers.SearchValues.Create(" \t\n[]:;,()");

    // Note: searched as SearchValues; string.IndexOf ignoring case runs a scalar loop under invariant globalization
    // (a twentieth of a scan went there). Tried in this order, each for its first occurrence.
    private static readonly (PhraseSet Cue, int Length)[] HostCues =
        [.. ((string[])["host ", "remote host ", "generating server: ", "remote server: ", "remote-mta: dns; "])
            .Select(c => (new PhraseSet([c], StringComparison.OrdinalIgnoreCase), c.Length))];

    // Note: cues that name the sender itself; an address named so anywhere (Sendmail's "Domain of sender address
    // x does not exist", Postfix's wrapped "<x>... Domain of sender address") is the sender everywhere in the text.
    private static readonly string[] SenderOnlyCues =
    [
        "mail from", "envelope-from", "envelope from", "sender", "return-path", "smtp.mailfrom", "header.from", "mailfrom", "from:", "reply-to",
    ];

    private const string SaidCue = "said:";

    private const int MaxHostMentions = 16;

    private static readonly PhraseSet OriginalMessage = new(["original message"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] ServiceLocalParts = ["postmaster", "mailer-daemon", "mail-daemon", "no-reply", "noreply", "abuse"];

    public static List<RecipientEvidence> Scan(string text, IReadOnlySet<string> excluded, int maxRecipients)
    {
        var kept = Recipients(text, excluded, maxRecipients * 20);
        var order = new List<string>();
        foreach (var found in kept)
        {
            if (!order.Contains(found.Address) && order.Count < maxRecipients)
            {
                order.Add(found.Address);
            }
        }

        var results = new List<RecipientEvidence>();
        foreach (var address in order)
        {
            var block = order.Count == 1 ? text : BlockFor(text, kept, address);
            results.Add(FromBlock(address, block, order));
        }

        return results;
    }

    /// <summary>How many different recipients the text names, past any cap (the input itself is already bounded).</summary>
    public static int CountRecipients(string text, IReadOnlySet<string> excluded) =>
        Recipients(text, excluded, int.MaxValue).Select(f => f.Address).Distinct(StringComparer.Ordinal).Count();

    private static List<AddressScanner.Found> Recipients(string text, IReadOnlySet<string> excluded, int maxAddresses)
    {
        var addresses = AddressScanner.Scan(text.AsSpan(), maxAddresses);
        var senders = addresses.Where(f => NamedAsSender(text, f.Start)).Select(f => f.Address).ToHashSet(StringComparer.Ordinal);
        var kept = new List<AddressScanner.Found>();
        foreach (var found in addresses)
        {
            if (!excluded.Contains(found.Address) && !senders.Contains(found.Address) && !IsService(found.Address)
                && !IsSenderContext(text, found.Start, SenderCues) && !InsideUrl(text, found.Start))
            {
                kept.Add(found);
            }
        }

        if (!kept.Exists(f => OpensLine(text, f.Start)))
        {
            return kept;
        }

        var quoted = kept.GroupBy(f => f.Address, StringComparer.Ordinal).Where(g => g.All(f => IsQuoted(text, f, kept)))
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return quoted.Count == 0 ? kept : [.. kept.Where(f => !quoted.Contains(f.Address))];
    }

    /// <summary>
    /// The mention is inside another listed recipient's entry: on that recipient's line after it, or on the more
    /// deeply indented lines that continue it, as Postfix, Exim and Sendmail write a recipient's diagnostic. Note: an
    /// address every mention of which is quoted so is named by the remote server's words (Amazon SES's "The following
    /// identities failed the check in region …: sender@example.com", Postfix's "(expanded from &lt;alias&gt;)"), so
    /// it is not another failed recipient.
    /// </summary>
    private static bool IsQuoted(string text, AddressScanner.Found mention, List<AddressScanner.Found> kept) =>
        !OpensLine(text, mention.Start) && !IsListed(text, mention) && !FollowsAnother(text, mention, kept)
        && EntryHolding(text, mention, kept) is not null;

    /// <summary>Only separators stand between another address and this one: a list joined onto one line.</summary>
    private static bool FollowsAnother(string text, AddressScanner.Found mention, List<AddressScanner.Found> kept)
    {
        var previous = kept.FindLast(f => f.End <= mention.Start);
        return previous.Address is not null && text.AsSpan(previous.End, mention.Start - previous.End).Trim(" \t,;<>\"'").IsEmpty;
    }

    /// <summary>An address followed by a colon lists a recipient ("&lt;a@b&gt;: reason", "a@b: reason").</summary>
    private static bool IsListed(string text, AddressScanner.Found found) =>
        text.AsSpan(found.End).TrimStart('>').StartsWith(":", StringComparison.Ordinal);

    /// <summary>The recipient whose entry holds this mention, or null.</summary>
    private static string? EntryHolding(string text, AddressScanner.Found mention, List<AddressScanner.Found> kept)
    {
        var line = LineStart(text, mention.Start);
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var entry = kept[i];
            if (entry.Start >= mention.Start || entry.Address == mention.Address || !OpensLine(text, entry.Start))
            {
                continue;
            }

            // Note: a recipient's entry is a few lines; the bound keeps a text of many indented lines from being
            // walked once per address.
            var entryLine = LineStart(text, entry.Start);
            return entryLine == line || (mention.Start - entryLine <= MaxBlock && ContinuesLine(text, entryLine, line)) ? entry.Address : null;
        }

        return null;
    }

    /// <summary>Every line from the one after <paramref name="first"/> to <paramref name="last"/> is indented deeper than it.</summary>
    private static bool ContinuesLine(string text, int first, int last)
    {
        var depth = Indent(text, first);
        var at = text.IndexOf('\n', first);
        while (at >= 0 && at < last)
        {
            var lineStart = at + 1;
            if (IsBlankLine(text, lineStart) || Indent(text, lineStart) <= depth)
            {
                return false;
            }

            if (lineStart == last)
            {
                return true;
            }

            at = text.IndexOf('\n', lineStart);
        }

        return false;
    }

    private static int Indent(string text, int lineStart)
    {
        var i = lineStart;
        while (i < text.Length && text[i] is ' ' or '\t')
        {
            i++;
        }

        return i - lineStart;
    }

    private static bool IsBlankLine(string text, int lineStart)
    {
        var end = text.IndexOf('\n', lineStart);
        return text.AsSpan(lineStart, (end < 0 ? text.Length : end) - lineStart).IsWhiteSpace();
    }

    /// <summary>Evidence from text with no recipient found (a pasted fragment of a single failure).</summary>
    public static RecipientEvidence? Anonymous(string text)
    {
        var evidence = FromBlock(null, text, []);
        return evidence.Status is null && evidence.ReplyCode is null ? null : evidence;
    }

    /// <summary>
    /// The recipient of the original message when the report quotes its headers inline ("Original Message:" then
    /// "To: …") and names the failed address nowhere else (Verizon's MMS gateway, lhost-verizon-01).
    /// </summary>
    public static string? QuotedOriginalTo(string text, IReadOnlySet<string> excluded)
    {
        var marker = OriginalMessage.IndexIn(text);
        if (marker < 0)
        {
            return null;
        }

        foreach (var line in text.AsSpan(marker).EnumerateLines())
        {
            var trimmed = line.TrimStart(" \t>");
            if (trimmed.StartsWith("To:", StringComparison.OrdinalIgnoreCase)
                && AddressScanner.First(trimmed[3..].ToString()) is { } address && !excluded.Contains(address) && !IsService(address))
            {
                return address;
            }
        }

        return null;
    }

    private static RecipientEvidence FromBlock(string? address, string block, IReadOnlyList<string> recipients)
    {
        var (codes, diagnostic) = RecipientCodes(address, block, recipients);
        return new RecipientEvidence
        {
            Recipient = address,
            Status = codes.Status,
            ReplyCode = codes.ReplyCode,
            Diagnostic = diagnostic,
            Command = CommandDetector.Find(block),
            RemoteMta = RemoteHost(block),
            Context = TextTools.Collapse(block, MaxBlock),
        };
    }

    /// <summary>
    /// The codes that answer for this recipient, and the words around them. The recipient's own line (with the
    /// indented lines that continue it, as Postfix, Exim and Sendmail write them) comes first; then the first line
    /// of the block that holds a failure code, so a session's later protocol lines ("503 5.0.0 Need RCPT", "221
    /// Bye") and a mailer's summary ("554 5.0.0 Service unavailable") do not outrank the refusal itself.
    /// </summary>
    private static (CodeExtractor.Codes Codes, string? Diagnostic) RecipientCodes(string? address, string block, IReadOnlyList<string> recipients)
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
            return (found.Codes with { ReplyCode = reply }, Joined(WholeReply(found.Diagnostic, lines, found.Index)));
        }

        var codes = CodeExtractor.Find(block);
        return (codes, DiagnosticAt(block, codes.Position) ?? (address is null ? null : OwnWords(lines, address)));
    }

    /// <summary>
    /// The words of the entry that lists the recipient, when it carries no code: Postfix writes its own findings so
    /// ("&lt;a@b&gt;: Host or domain name not found. Name service error for name=b type=MX: Host not found"), and
    /// Exim puts its reason on the indented lines under the address ("a@b" then "Unrouteable address").
    /// </summary>
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
        return lines;
    }

    /// <summary>
    /// The text about one recipient: from each line that names it to the next line that lists another recipient.
    /// Note: reports list failed recipients at the start of a line ("&lt;a@b&gt;: host said", Exim's "  a@b",
    /// Gmail's "     a@b"); an address met inside a sentence ("send an e-mail to dz@rota.lv") does not end the
    /// block of the recipient that sentence is about, once the text lists any recipient that way.
    /// </summary>
    private static string BlockFor(string text, List<AddressScanner.Found> kept, string address)
    {
        var listsAtLineStart = kept.Exists(f => OpensLine(text, f.Start));
        var parts = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Address != address)
            {
                continue;
            }

            var start = LineStart(text, kept[i].Start);
            var end = text.Length;
            for (var j = i + 1; j < kept.Count; j++)
            {
                if (kept[j].Address != address && (!listsAtLineStart || OpensLine(text, kept[j].Start)))
                {
                    end = LineStart(text, kept[j].Start);
                    break;
                }
            }

            if (end > start)
            {
                parts.Add(text[start..Math.Min(end, start + MaxBlock)]);
            }
        }

        return string.Join("\n", parts);
    }

    private static int LineStart(string text, int index) => index <= 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;

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

        var start = LineStart(block, position);
        var said = block.AsSpan(start, position - start).LastIndexOf(SaidCue, StringComparison.OrdinalIgnoreCase);
        start = said < 0 ? start : start + said + SaidCue.Length;
        var end = block.IndexOf("\n\n", position, StringComparison.Ordinal);
        end = end < 0 ? block.Length : end;
        return TextTools.Collapse(block[start..end], 600);
    }

    private static string? RemoteHost(string block)
    {
        if (HostWithAddress(block) is { } named)
        {
            return named;
        }

        foreach (var (cue, length) in HostCues)
        {
            var at = cue.IndexIn(block);
            if (at < 0)
            {
                continue;
            }

            var rest = block.AsSpan(at + length);
            var end = rest.IndexOfAny(HostEnd);
            var host = (end < 0 ? rest : rest[..end]).ToString().Trim('.');
            if (host.Contains('.', StringComparison.Ordinal) && host.Length < 256)
            {
                return TextTools.Lower(host);
            }
        }

        return null;
    }

    /// <summary>
    /// The first "host NAME[ip]" (Postfix's "host mx.example.net[192.0.2.1] said:", Exim's "host mx.example.net
    /// [192.0.2.1]:"): a host named with its address is the one that was talked to, unlike the reporting host of
    /// Postfix's opening "This is the mail system at host …". Only the first few mentions are looked at.
    /// </summary>
    private static string? HostWithAddress(string block)
    {
        var at = 0;
        for (var seen = 0; seen < MaxHostMentions && at < block.Length; seen++)
        {
            var found = HostCues[0].Cue.IndexIn(block.AsSpan(at));
            if (found < 0)
            {
                return null;
            }

            var rest = block.AsSpan(at + found + HostCues[0].Length);
            var end = rest.IndexOfAny(HostEnd);
            if (end > 0 && rest[end..].TrimStart(' ').StartsWith("[") && rest[..end].Trim('.') is { Length: < 256 } host && host.Contains('.'))
            {
                return TextTools.Lower(host);
            }

            at += found + HostCues[0].Length;
        }

        return null;
    }

    private static bool IsService(string address)
    {
        var local = address[..address.IndexOf('@', StringComparison.Ordinal)];
        return ServiceLocalParts.Contains(local, StringComparer.Ordinal);
    }

    private static bool IsSenderContext(string text, int index, string[] cues)
    {
        var lineStart = LineStart(text, index);
        var prefix = TextTools.Lower(text.AsSpan(lineStart, index - lineStart).TrimStart(" \t>*-"));

        // Note: Sendmail's notice opens "The original message was received at <date>" then "from <sender>" (savemail.c);
        // a paste may have joined the two lines.
        var beforeAddress = prefix.AsSpan().TrimEnd(" <");
        if (beforeAddress.SequenceEqual("from") || (beforeAddress.EndsWith(" from", StringComparison.Ordinal)
            && beforeAddress.Contains("message was received at", StringComparison.Ordinal)))
        {
            return true;
        }

        foreach (var cue in cues)
        {
            if (prefix.StartsWith(cue, StringComparison.Ordinal) || (cue.Length > 4 && prefix.Contains(cue, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The nearest label before the address on its line names the sender: a sender cue with no other address and no
    /// recipient label between it and the address (qmail's "From: &lt;postmaster@x&gt; RCPT: &lt;rcpt@y&gt;" names y
    /// as the recipient).
    /// </summary>
    private static bool NamedAsSender(string text, int index)
    {
        var lineStart = LineStart(text, index);

        // Note: an address that opens a wrapped continuation line is labelled at the end of the line before it.
        if (lineStart > 0 && text.AsSpan(lineStart, index - lineStart).IsWhiteSpace() && index > lineStart)
        {
            lineStart = LineStart(text, lineStart - 1);
        }

        var prefix = TextTools.Lower(text.AsSpan(lineStart, index - lineStart));
        var cueEnd = -1;
        foreach (var cue in SenderOnlyCues)
        {
            var at = prefix.LastIndexOf(cue, StringComparison.Ordinal);
            cueEnd = Math.Max(cueEnd, at < 0 ? -1 : at + cue.Length);
        }

        if (cueEnd < 0)
        {
            return false;
        }

        var between = prefix.AsSpan(cueEnd);
        return !between.Contains('@') && !between.Contains("rcpt", StringComparison.Ordinal) && !between.Contains("to:", StringComparison.Ordinal)
            && !between.Contains("recipient", StringComparison.Ordinal);
    }

    /// <summary>Only indentation, quoting and brackets come before the address on its line.</summary>
    private static bool OpensLine(string text, int index)
    {
        var lineStart = LineStart(text, index);
        return text.AsSpan(lineStart, index - lineStart).TrimStart(" \t>*-<\"'(").IsEmpty;
    }

    private static bool InsideUrl(string text, int index)
    {
        var lineStart = LineStart(text, index);
        var prefix = text.AsSpan(lineStart, index - lineStart);
        var lastSpace = prefix.LastIndexOfAny(' ', '\t', '<');
        var token = lastSpace < 0 ? prefix : prefix[(lastSpace + 1)..];
        return token.Contains("://", StringComparison.Ordinal) || token.Contains('?') || token.Contains('=');
    }
}
