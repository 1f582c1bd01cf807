using NdrBot.Core.Text;

namespace NdrBot.Core.Bounces.Evidence;

/// <summary>Phrases that mark text as a delivery failure report, and phrases that mark an auto-reply.</summary>
internal static class BounceMarkers
{
    // Note: compared ignoring case, so callers need not copy the text in lower case first.
    private static readonly PhraseSet Report = new(
    (string[])
    [
        "undeliverable", "undelivered", "delivery has failed", "could not be delivered", "couldn't be delivered",
        "delivery status notification", "mail delivery failed", "returned mail", "failure notice", "address not found",
        "diagnostic information for administrators", "remote server returned", "this is the mail system at host",
        "delivery to the following recipient", "did not reach the following recipient", "message not delivered",
        "permanent error", "delivery failure", "following address(es) failed", "following address failed",
        "unable to deliver", "did not like our", "final-recipient:", "diagnostic-code:", "non-delivery",
        "delivery incomplete", "was not delivered", "wasn't delivered", "message delivery has failed",
        "delivery notification", "mail system error", "failed permanently", "permanent fatal errors",
        "transcript of session follows", "returning message to sender", "could not deliver", "temporary failure",
        "delivery failed", "email delivery failure", "message you sent", "not be delivered", "recipient address rejected",
        "said: 5", "said: 4", "smtp error", "delivery delayed", "delayed mail", "warning: message", "message delayed",
        "bounce", "rejected your message", "rejected", "failed to deliver", "nicht zugestellt", "non remis",
        "mailer-daemon", "postmaster", "not a member of this mailing list", "no valid recipients", "has not been delivered",

        // Wordings of notices that name no code: McAfee's "had delivery problems", SurfControl's "could not be
        // sent" and "non-deliverable", SendGrid's "not able to be delivered", Lotus Domino's "Failure Reasons",
        // Amazon SES's "deliver the mail to the following recipients", and RFC 5321's own reply texts.
        "the following addresses", "the following recipient", "had delivery problems", "could not be sent", "non-deliverable",
        "not able to be delivered", "failure reasons", "requested action not taken", "requested mail action aborted",

        // Postfix's own findings about a destination, written without a reply code (src/smtp/smtp_addr.c, src/dns/dns_strerror.c).
        "host or domain name not found", "name service error for",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSet AutoReplySubjects = new(
    (string[])
    [
        "auto:", "automatic reply", "auto reply", "autoreply", "auto-reply", "out of office", "out of the office",
        "vacation", "abwesenheit", "réponse automatique", "respuesta automática", "away from", "autosvar",
        "automatisch antwoord", "automatische antwort",
    ]);

    // Note: an auto-responder (RFC 3834 §1: vacation and out-of-office responders) sends a note its user wrote; the
    // message is told by its Auto-Submitted header or subject, so a paste of its visible text keeps only the note,
    // whose everyday wording says the writer is away.
    private static readonly PhraseSet AutoReplyNote = new(
    (string[])
    [
        "out of the office", "out of office", "away on vacation", "on vacation until", "away from the office",
        "away from my desk", "on annual leave", "on holiday until",
    ], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Wording that says outright a message was not delivered (narrower than <see cref="LooksLikeReport"/>, which
    /// also takes "bounce" or "postmaster"): enough for a pasted report that names no recipient and no code.
    /// </summary>
    private static readonly PhraseSet Failed = new(
    (string[])
    [
        "could not be delivered", "couldn't be delivered", "could not deliver", "was not delivered", "wasn't delivered",
        "delivery has failed", "delivery failed", "undeliverable", "unable to deliver", "message not delivered",
        "failed permanently", "permanent fatal errors", "returned mail", "failure notice", "not be delivered",
        "delivery incomplete", "non-delivery", "message delivery has failed", "failed to deliver", "has not been delivered",
    ], StringComparison.OrdinalIgnoreCase);

    public static bool LooksLikeReport(string text) => Report.In(text);

    public static bool SaysNotDelivered(string text) => Failed.In(text);

    /// <summary>
    /// A line that reads as an SMTP refusal on its own: a failure reply with its enhanced code of the same class
    /// ("550 5.1.1", "452-4.2.2"), a reply opening a line and naming an address ("550 &lt;a@b&gt;: User unknown"),
    /// or qmail's status notation ("(#5.1.1)").
    /// </summary>
    public static bool LooksLikeRefusal(string text)
    {
        if (HasFailurePair(text) || text.Contains("(#5.", StringComparison.Ordinal) || text.Contains("(#4.", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.TrimStart();
            if (trimmed.Length > 4 && trimmed[0] is '4' or '5' && ReplyCodeAt(trimmed) && trimmed[3] is ' ' or '-' && trimmed.Contains('@'))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ReplyCodeAt(ReadOnlySpan<char> line) => Codes.ReplyCode.IsValid(line[..3]) && SmtpReplies.IsKnown(line[..3]);

    /// <summary>A failure reply with its enhanced code of the same class ("550 5.1.1", "452-4.2.2"): an SMTP refusal.</summary>
    public static bool HasFailurePair(string text) =>
        CodeExtractor.Find(text) is { Status: { } status, ReplyCode: { } reply } && status[0] == reply[0] && status[0] is '4' or '5';

    /// <summary>An out-of-office note's wording, for a paste that nothing else marks as a report.</summary>
    public static bool LooksLikeAutoReplyNote(string text) => AutoReplyNote.In(text);

    public static bool LooksLikeAutoReplySubject(string subject)
    {
        var lower = TextTools.Lower(subject);
        return AutoReplySubjects.In(lower);
    }
}
