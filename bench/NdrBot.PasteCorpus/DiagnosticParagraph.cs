namespace NdrBot.PasteCorpus;

/// <summary>
/// The one paragraph someone copies when they paste only "the error": the paragraph of the visible text that holds
/// the failure's code (and the recipient, when it is there), never the machine-readable field block.
/// </summary>
internal static class DiagnosticParagraph
{
    public static string? Pick(string text, SampleRow first)
    {
        string? best = null;
        var bestScore = 0;
        foreach (var paragraph in text.Split("\n\n"))
        {
            var score = Score(paragraph, first);
            if (score > bestScore)
            {
                (best, bestScore) = (paragraph.Trim('\n'), score);
            }
        }

        return best;
    }

    private static int Score(string paragraph, SampleRow row)
    {
        if (paragraph.Contains("Final-Recipient:", StringComparison.OrdinalIgnoreCase)
            || paragraph.Contains("Reporting-MTA:", StringComparison.OrdinalIgnoreCase)
            || paragraph.Length > 1500)
        {
            return 0;
        }

        // Note: a code on its own ("more about 5.2.2 errors") is not the diagnostic; the paragraph must also show the
        // reply code or the recipient.
        var status = row.StatusIsReal && Visible.Code(paragraph, row.Status) ? 2 : 0;
        var reply = row.ReplyCode.Length > 0 && Visible.Code(paragraph, row.ReplyCode) ? 1 : 0;
        var recipient = row.Recipient.Length > 0 && Visible.Address(paragraph, row.Recipient) ? 2 : 0;
        return status + reply == 0 || status + reply + recipient < 3 ? 0 : status + reply + recipient;
    }
}
