using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>Evidence from report text: DSN fields written into the text, else addresses and the words around them.</summary>
internal static class TextEvidence
{
    public static List<RecipientEvidence> Read(string text, IReadOnlySet<string> excluded, IReadOnlyList<string> knownRecipients, int maxRecipients)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [.. knownRecipients.Select(r => new RecipientEvidence { Recipient = r })];
        }

        // Note: one recipient may appear in several field blocks (headers echoed above the report); keep the
        // block that carries a diagnostic.
        var fromFields = DsnFields.Read(text, maxRecipients, blankLineEndsGroup: false).Select(DsnFields.ToEvidence).OfType<RecipientEvidence>()
            .Where(e => e.Recipient is not null)
            .GroupBy(e => e.Recipient)
            .Select(g => g.FirstOrDefault(e => !string.IsNullOrEmpty(e.Diagnostic)) ?? g.First())
            .ToList();
        var scanned = TextReportScanner.Scan(text, excluded, maxRecipients);
        if (fromFields.Count > 0)
        {
            return Enrich(fromFields, scanned);
        }

        if (scanned.Count > 0)
        {
            return scanned;
        }

        var anonymous = TextReportScanner.Anonymous(text);
        if (knownRecipients.Count == 0 && anonymous is null && TextReportScanner.QuotedOriginalTo(text, excluded) is { } quoted)
        {
            knownRecipients = [quoted];
        }

        if (knownRecipients.Count > 0)
        {
            return [.. knownRecipients.Select(r => (anonymous ?? new RecipientEvidence { Context = TextTools.Collapse(text, 4000) }) with { Recipient = r })];
        }

        return anonymous is null ? [] : [anonymous];
    }

    /// <summary>
    /// How many recipients the text names in all, given that <paramref name="found"/> were read with a cap of
    /// <paramref name="cap"/>. Note: counted again only when the cap was reached, so the usual report is read once.
    /// </summary>
    public static int CountAll(string text, IReadOnlySet<string> excluded, int found, int cap) =>
        found < cap ? found : Math.Max(found, Math.Max(DsnFields.CountRecipients(text), TextReportScanner.CountRecipients(text, excluded)));

    /// <summary>Fills what structured fields left out (no Diagnostic-Code) from the text about the same recipient.</summary>
    public static List<RecipientEvidence> Enrich(List<RecipientEvidence> structured, List<RecipientEvidence> fromText)
    {
        var result = new List<RecipientEvidence>(structured.Count);
        foreach (var evidence in structured)
        {
            var text = fromText.FirstOrDefault(t => t.Recipient == evidence.Recipient)
                ?? (fromText.Count == 1 && structured.Count == 1 ? fromText[0] : null);
            if (text is null)
            {
                result.Add(evidence);
                continue;
            }

            if (!string.IsNullOrEmpty(evidence.Diagnostic))
            {
                // Note: the human-readable part often holds the full transcript (Sendmail's "<<< 550-5.7.1 ...")
                // and the command that was refused, where Diagnostic-Code keeps only the last line.
                var shared = SharedTranscript(evidence.Diagnostic, text, fromText);
                // Note: a diagnostic without an SMTP reply (Sendmail's "X-Unix; 71" for a delivery program) takes the reply
                // the report text gives this recipient, when its class agrees with the status; so does a status that
                // says nothing beyond its class (X.0.0), which Sendmail's own line for the mailer's failure details
                // ("554 5.3.0 unknown mailer error 255", deliver.c).
                var unixMailer = evidence.DiagnosticType?.StartsWith("X-Unix", StringComparison.OrdinalIgnoreCase) == true;
                result.Add(evidence with
                {
                    ReplyCode = evidence.ReplyCode ?? (text.ReplyCode is { } reply && evidence.Status?[0] == reply[0] ? reply : null),
                    Status = unixMailer && evidence.Status is { Length: 5 } bare && bare.EndsWith(".0.0", StringComparison.Ordinal)
                        && text.Status is { } detailed && detailed[0] == bare[0] ? detailed : evidence.Status,
                    Command = text.Command ?? shared?.Command ?? evidence.Command,
                    Context = evidence.Context + "\n" + text.Context + (shared is null ? "" : "\n" + shared.Context),
                });
                continue;
            }

            result.Add(evidence with
            {
                Diagnostic = text.Diagnostic,
                ReplyCode = evidence.ReplyCode ?? text.ReplyCode,
                Command = evidence.Command ?? text.Command,
                RemoteMta = evidence.RemoteMta ?? text.RemoteMta,
                Context = text.Context,
                Status = evidence.Status ?? text.Status,
            });
        }

        return result;
    }

    /// <summary>
    /// Note: Sendmail lists every recipient refused in one session first and prints the session transcript once,
    /// after the last of them; a recipient whose own text has no transcript shares the one whose refusal begins with
    /// its Diagnostic-Code.
    /// </summary>
    private static RecipientEvidence? SharedTranscript(string diagnostic, RecipientEvidence own, List<RecipientEvidence> fromText)
    {
        if (TranscriptReply.Find(own.Context).Length > 0)
        {
            return null;
        }

        var first = TextTools.Collapse(diagnostic);
        return first.Length < 12 ? null : fromText.FirstOrDefault(t =>
            !ReferenceEquals(t, own) && TranscriptReply.Find(t.Context).StartsWith(first, StringComparison.OrdinalIgnoreCase));
    }
}
