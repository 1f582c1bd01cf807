using NdrBot.Core.Bounces.Mime;
using NdrBot.Core.Text;

namespace NdrBot.Core.Diagnosis;

/// <summary>
/// Decides whether chat text is a bounce (a whole message, DSN fields, or wording only an NDR uses) rather than a
/// question. The phrases are deliberately narrow so that "what is 550 5.1.1" stays a question.
/// </summary>
internal static class BounceGate
{
    private static readonly string[] NdrPhrases =
    [
        "diagnostic information for administrators", "remote server returned", "this is the mail system at host",
        "delivery has failed to these recipients", "following address(es) failed", "following address failed",
        "address not found", "couldn't be delivered", "could not be delivered", "final-recipient:", "diagnostic-code:",
        "said: 5", "said: 4", "delivery to the following recipient", "did not reach the following recipient",
        "message not delivered", "undeliverable:", "transcript of session follows", "returned mail:",
        "mail delivery failed", "delivery status notification", "the response from the remote server was",
        "generating server:", "wasn't delivered", "was not delivered", "permanent fatal errors",
        "mail delivery subsystem", "delivery incomplete", "message delivery has failed", "did not like our",
        "smtp error from remote mail server", "the following recipients", "delivery failed", "failure notice",
        "unable to deliver your message", "unable to deliver message",
    ];

    public static bool LooksLikeBounce(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var head = text.Length > 200_000 ? text[..200_000] : text;
        if (MessageSniffer.LooksLikeMessage(head))
        {
            return true;
        }

        var lower = TextTools.Lower(head);
        return NdrPhrases.Any(p => lower.Contains(p, StringComparison.Ordinal));
    }
}
