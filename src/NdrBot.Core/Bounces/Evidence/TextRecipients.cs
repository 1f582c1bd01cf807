using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Which addresses in a report's text are failed recipients: not the sender (named as such anywhere), not the mail
/// system's own mailboxes, not inside a URL, and not an address the remote server's words merely quote inside
/// another recipient's entry.
/// </summary>
internal static class TextRecipients
{
    // Note: an address on a line opening with one of these names the sender or the original message, not a
    // failed recipient ("MAIL FROM:<a@b>", "envelope-from <a@b>", Exchange's "Your message To: a@b").
    private static readonly string[] SenderCues =
    [
        "mail from", "envelope-from", "from:", "sender", "reply-to", "return-path", "message-id", "in-reply-to", "hello ", "dear ",
        "references", "received:", "date:", "subject:", "sent:", "reporting-mta", "arrival-date", "x-", "cc:", "to:",
        "dkim", "list-", "errors-to", "smtp.mailfrom", "header.from", "envelope from", "mailfrom", "by ", "for <",
    ];

    // Note: cues that name the sender itself; an address named so anywhere (Sendmail's "Domain of sender address
    // x does not exist", Postfix's wrapped "<x>... Domain of sender address") is the sender everywhere in the text.
    private static readonly string[] SenderOnlyCues =
    [
        "mail from", "envelope-from", "envelope from", "sender", "return-path", "smtp.mailfrom", "header.from", "mailfrom", "from:", "reply-to",
    ];

    private static readonly string[] ServiceLocalParts = ["postmaster", "mailer-daemon", "mail-daemon", "no-reply", "noreply", "abuse"];

    /// <summary>The addresses of <paramref name="text"/> that name failed recipients, in order, at most <paramref name="maxAddresses"/> mentions read.</summary>
    public static List<AddressScanner.Found> Find(string text, IReadOnlySet<string> excluded, int maxAddresses)
    {
        var addresses = AddressScanner.Scan(text.AsSpan(), maxAddresses);
        var senders = addresses.Where(f => NamedAsSender(text, f.Start)).Select(f => f.Address).ToHashSet(StringComparer.Ordinal);
        var kept = new List<AddressScanner.Found>();
        foreach (var found in addresses)
        {
            if (!excluded.Contains(found.Address) && !senders.Contains(found.Address) && (!IsService(found.Address) || NamedUndelivered(text, found.Start) || (OpensLine(text, found.Start) && IsListed(text, found)))
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
        var line = TextTools.LineStart(text, mention.Start);
        for (var i = kept.Count - 1; i >= 0; i--)
        {
            var entry = kept[i];
            if (entry.Start >= mention.Start || entry.Address == mention.Address || !OpensLine(text, entry.Start))
            {
                continue;
            }

            // Note: a recipient's entry is a few lines; the bound keeps a text of many indented lines from being
            // walked once per address.
            var entryLine = TextTools.LineStart(text, entry.Start);
            return entryLine == line || (mention.Start - entryLine <= TextReportScanner.MaxBlock && ContinuesLine(text, entryLine, line)) ? entry.Address : null;
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

    /// <summary>A mailbox of the mail system itself (postmaster, mailer-daemon, no-reply…), never a failed recipient.</summary>
    // Note: a service address ("postmaster@") in a report is mostly whom to ask for help; it is the failed recipient
    // when it opens a recipient's entry ("postmaster@x: Domain does not exist", OpenSMTPD; Postfix's "<postmaster@x>:
    // host ... said:") or when the line says delivery to it failed (DragonFly Mail Agent, dma.c: "There was an error
    // delivering your mail to <%s>.").
    private static bool NamedUndelivered(string text, int index)
    {
        var lineStart = TextTools.LineStart(text, index);
        var prefix = TextTools.Lower(text.AsSpan(lineStart, index - lineStart).TrimEnd(" \t<\""));
        return prefix.EndsWith(" to", StringComparison.Ordinal) && prefix.Contains("deliver", StringComparison.Ordinal);
    }

    public static bool IsService(string address)
    {
        var local = address[..address.IndexOf('@', StringComparison.Ordinal)];
        return ServiceLocalParts.Contains(local, StringComparer.Ordinal);
    }

    private static bool IsSenderContext(string text, int index, string[] cues)
    {
        var lineStart = TextTools.LineStart(text, index);
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
        var lineStart = TextTools.LineStart(text, index);

        // Note: an address that opens a wrapped continuation line is labelled at the end of the line before it.
        if (lineStart > 0 && text.AsSpan(lineStart, index - lineStart).IsWhiteSpace() && index > lineStart)
        {
            lineStart = TextTools.LineStart(text, lineStart - 1);
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
    public static bool OpensLine(string text, int index)
    {
        var lineStart = TextTools.LineStart(text, index);
        return text.AsSpan(lineStart, index - lineStart).TrimStart(" \t>*-<\"'(").IsEmpty;
    }

    private static bool InsideUrl(string text, int index)
    {
        var lineStart = TextTools.LineStart(text, index);
        var prefix = text.AsSpan(lineStart, index - lineStart);
        var lastSpace = prefix.LastIndexOfAny(' ', '\t', '<');
        var token = lastSpace < 0 ? prefix : prefix[(lastSpace + 1)..];
        return token.Contains("://", StringComparison.Ordinal) || token.Contains('?') || token.Contains('=');
    }
}
