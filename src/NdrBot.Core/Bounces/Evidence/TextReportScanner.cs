using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Reads failed recipients out of a report's visible text (vendor NDRs without a DSN part, pasted bounces): every
/// address the text mentions as a recipient (<see cref="TextRecipients"/>), the text between it and the next
/// recipient, and the codes and words there (<see cref="RecipientReply"/>).
/// </summary>
internal static class TextReportScanner
{
    /// <summary>The most of a report read as one recipient's entry or block.</summary>
    public const int MaxBlock = 4000;

    private static readonly PhraseSet OriginalMessage = new(["original message"], StringComparison.OrdinalIgnoreCase);

    public static List<RecipientEvidence> Scan(string text, IReadOnlySet<string> excluded, int maxRecipients)
    {
        var kept = TextRecipients.Find(text, excluded, maxRecipients * 20);
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
        TextRecipients.Find(text, excluded, int.MaxValue).Select(f => f.Address).Distinct(StringComparer.Ordinal).Count();

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
                && AddressScanner.First(trimmed[3..].ToString()) is { } address && !excluded.Contains(address) && !TextRecipients.IsService(address))
            {
                return address;
            }
        }

        return null;
    }

    private static RecipientEvidence FromBlock(string? address, string block, IReadOnlyList<string> recipients)
    {
        var (codes, diagnostic) = RecipientReply.Read(address, block, recipients);
        return new RecipientEvidence
        {
            Recipient = address,
            Status = codes.Status,
            ReplyCode = codes.ReplyCode,
            Diagnostic = diagnostic,
            Command = CommandDetector.Find(block),
            RemoteMta = RemoteHostReader.Find(block),
            Context = TextTools.Collapse(block, MaxBlock),
        };
    }

    /// <summary>
    /// The text about one recipient: from each line that names it to the next line that lists another recipient.
    /// Note: reports list failed recipients at the start of a line ("&lt;a@b&gt;: host said", Exim's "  a@b",
    /// Gmail's "     a@b"); an address met inside a sentence ("send an e-mail to dz@rota.lv") does not end the
    /// block of the recipient that sentence is about, once the text lists any recipient that way.
    /// </summary>
    private static string BlockFor(string text, List<AddressScanner.Found> kept, string address)
    {
        var listsAtLineStart = kept.Exists(f => TextRecipients.OpensLine(text, f.Start));
        var parts = new List<string>();
        for (var i = 0; i < kept.Count; i++)
        {
            if (kept[i].Address != address)
            {
                continue;
            }

            var start = TextTools.LineStart(text, kept[i].Start);
            var end = text.Length;
            for (var j = i + 1; j < kept.Count; j++)
            {
                if (kept[j].Address != address && (!listsAtLineStart || TextRecipients.OpensLine(text, kept[j].Start)))
                {
                    end = TextTools.LineStart(text, kept[j].Start);
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
}
