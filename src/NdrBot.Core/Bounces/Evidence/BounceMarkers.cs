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
        "mailer-daemon", "postmaster", "not a member of this mailing list", "no valid recipients",
    ], StringComparison.OrdinalIgnoreCase);

    private static readonly PhraseSet AutoReplySubjects = new(
    (string[])
    [
        "auto:", "automatic reply", "auto reply", "autoreply", "auto-reply", "out of office", "out of the office",
        "vacation", "abwesenheit", "réponse automatique", "respuesta automática", "away from", "autosvar",
        "automatisch antwoord", "automatische antwort",
    ]);

    public static bool LooksLikeReport(string text) => Report.In(text);

    public static bool LooksLikeAutoReplySubject(string subject)
    {
        var lower = TextTools.Lower(subject);
        return AutoReplySubjects.In(lower);
    }
}
