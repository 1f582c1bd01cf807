using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Text;

namespace NdrBot.Core.Vendors;

/// <summary>
/// Reasons that follow from who wrote the report (or who the remote host is) plus its wording, where the
/// generic tables would mislead. Each rule needs both a host or vendor marker and a phrase.
/// </summary>
internal static class VendorRules
{
    private sealed record Rule(string[] HostMarkers, string[] PhraseMarkers, string Reason)
    {
        public PhraseSet Hosts { get; } = new(HostMarkers);

        public PhraseSet Phrases { get; } = new(PhraseMarkers);
    }

    private static readonly Rule[] Rules =
    [
        // Google Groups refuses posts from non-members in many languages, always under this address.
        new(["groups.google.com"], ["google groups", "google-gruppe", "groupe google", "google 群組", "google group"], ReasonNames.Rejected),

        // Yahoo's [TSS04]/[TSS09] deferrals: the sending IP is held back for volume or complaints.
        new(["yahoodns.net", "yahoo.com", "verizonmedia.com", "yahooinc.com"], ["[tss04]", "[tss09]", "[tss11]"], ReasonNames.Rejected),

        // Mimecast's documented 554 refusals for a sending network or content its policy does not allow.
        new(["mimecast"], ["host network not allowed", "email rejected due to security policies", "message not accepted for policy reasons"], ReasonNames.PolicyViolation),

        // Tencent QQ: "Connection frequency limited".
        new(["qq.com"], ["frequency limited"], ReasonNames.TooManyConn),

        // Symantec MessageLabs relays the receiving server's "No such user" when it looked the address up itself.
        new(["messagelabs"], ["no such user"], ReasonNames.UserUnknown),

        // Gmail's older reports number the SMTP state the remote refused in; state 18 is the end of DATA, where a
        // refusal is the receiving side's filter at work whatever words it used.
        new(["google tried to deliver"], ["(state 18)"], ReasonNames.Filtered),

        // Verizon's MMS gateway (vzwpix.com) refuses a number it does not serve with "No valid recipients for this MM".
        new(["vzwpix.com", "vtext.com"], ["no valid recipients"], ReasonNames.UserUnknown),

        // Zoho reports a destination it gave up retrying as "Host not reachable" with the last reply code.
        new(["zoho"], ["host not reachable"], ReasonNames.Expired),

        // Telstra/BigPond outbound limits for customers without the SMTP Mass Mail service.
        new(["telstra", "bigpond"], ["rate limit", "10 mb", "10mb", "10 minute", "mass mail", "limit exceeded", "too many"], ReasonNames.RateLimited),
    ];

    /// <summary>Every rule's host markers at once: most texts name none of these hosts, and one pass settles that.</summary>
    private static readonly PhraseSet AnyHost = new([.. Rules.SelectMany(r => r.HostMarkers)]);

    public static string? Match(string lowerText)
    {
        if (!AnyHost.In(lowerText))
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if (rule.Hosts.In(lowerText) && rule.Phrases.In(lowerText))
            {
                return rule.Reason;
            }
        }

        return null;
    }
}
