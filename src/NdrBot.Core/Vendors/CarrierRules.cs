using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Text;

namespace NdrBot.Core.Vendors;

/// <summary>
/// Japanese mobile carriers answer a recipient's own reception filter with the same words as a missing mailbox;
/// the form of the answer and the SMTP command tell the two apart.
/// </summary>
internal static class CarrierRules
{
    private static readonly PhraseSet Kddi = new(["ezweb.ne.jp", "au.com", "kddi"]);
    private static readonly PhraseSet Docomo = new(["docomo.ne.jp"]);

    public static string? Match(string lowerText, string? command)
    {
        // Note: au (KDDI) names the address when the mailbox is missing ("550 <a@ezweb.ne.jp>: User unknown") and
        // leaves it out when the recipient's filter refuses the sender ("550 : User unknown", lhost-yahoo-06).
        if (Kddi.In(lowerText) && lowerText.Contains(">: user unknown", StringComparison.Ordinal))
        {
            return ReasonNames.UserUnknown;
        }

        // Note: NTT docomo says "550 Unknown user" both at RCPT (no such mailbox) and after DATA, where it means the
        // recipient's designated-sender filter refused the message (rhost-nttdocomo-03).
        if (Docomo.In(lowerText) && command is not "RCPT" && lowerText.Contains("550 unknown user", StringComparison.Ordinal))
        {
            return ReasonNames.Rejected;
        }

        return null;
    }
}
