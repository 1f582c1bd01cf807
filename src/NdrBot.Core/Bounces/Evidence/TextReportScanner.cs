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
        "mail from", "envelope-from", "from:", "sender", "reply-to", "return-path", "message-id", "in-reply-to",
        "references", "received:", "date:", "subject:", "sent:", "reporting-mta", "arrival-date", "x-", "cc:", "to:",
        "dkim", "list-", "errors-to", "smtp.mailfrom", "header.from", "envelope from", "mailfrom", "by ", "for <",
    ];

    private static readonly System.Buffers.SearchValues<char> HostEnd = System.Buffers.SearchValues.Create(" \t\n[]:;,()");

    // Note: searched as SearchValues; string.IndexOf ignoring case runs a scalar loop under invariant globalization
    // (a twentieth of a scan went there). Tried in this order, each for its first occurrence.
    private static readonly (PhraseSet Cue, int Length)[] HostCues =
        [.. ((string[])["host ", "remote host ", "generating server: ", "remote server: ", "remote-mta: dns; "])
            .Select(c => (new PhraseSet([c], StringComparison.OrdinalIgnoreCase), c.Length))];

    private const string SaidCue = "said:";

    private const int MaxHostMentions = 16;

    private static readonly PhraseSet OriginalMessage = new(["original message"], StringComparison.OrdinalIgnoreCase);

    private static readonly string[] ServiceLocalParts = ["postmaster", "mailer-daemon", "mail-daemon", "no-reply", "noreply", "abuse"];

    public static List<RecipientEvidence> Scan(string text, IReadOnlySet<string> excluded, int maxRecipients)
    {
        var addresses = AddressScanner.Scan(text.AsSpan(), maxRecipients * 20);
        var kept = new List<AddressScanner.Found>();
        foreach (var found in addresses)
        {
            if (!excluded.Contains(found.Address) && !IsService(found.Address) && !IsSenderContext(text, found.Start) && !InsideUrl(text, found.Start))
            {
                kept.Add(found);
            }
        }

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
            results.Add(FromBlock(address, block));
        }

        return results;
    }

    /// <summary>Evidence from text with no recipient found (a pasted fragment of a single failure).</summary>
    public static RecipientEvidence? Anonymous(string text)
    {
        var evidence = FromBlock(null, text);
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

    private static RecipientEvidence FromBlock(string? address, string block)
    {
        var codes = CodeExtractor.Find(block);
        return new RecipientEvidence
        {
            Recipient = address,
            Status = codes.Status,
            ReplyCode = codes.ReplyCode,
            Diagnostic = DiagnosticAt(block, codes.Position),
            Command = CommandDetector.Find(block),
            RemoteMta = RemoteHost(block),
            Context = TextTools.Collapse(block, MaxBlock),
        };
    }

    private static string BlockFor(string text, List<AddressScanner.Found> kept, string address)
    {
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
                if (kept[j].Address != address)
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

    private static bool IsSenderContext(string text, int index)
    {
        var lineStart = LineStart(text, index);
        var prefix = TextTools.Lower(text.AsSpan(lineStart, index - lineStart).TrimStart(" \t>*-"));
        foreach (var cue in SenderCues)
        {
            if (prefix.StartsWith(cue, StringComparison.Ordinal) || (cue.Length > 4 && prefix.Contains(cue, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
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
