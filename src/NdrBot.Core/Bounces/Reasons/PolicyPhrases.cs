namespace NdrBot.Core.Bounces.Reasons;

/// <summary>Phrases about policy: authentication, reputation, spam, relaying, sender rejection, filtering.</summary>
internal static class PolicyPhrases
{
    public static readonly PhraseRule AuthFailure = new(ReasonNames.AuthFailure,
    [
        "dmarc", "spf check failed", "spf fail", "spf validation", "failed spf", "spf record", "does not pass spf",
        "dkim", "sender policy framework", "not authenticated", "authentication checks", "unauthenticated email",
        "5.7.26", "5.7.23", "5.7.509", "is not allowed to send mail for", "spf)", "spf:", "sender authentication",
    ]);

    public static readonly PhraseRule RequirePtr = new(ReasonNames.RequirePtr,
    [
        "reverse dns", "no ptr", "ptr record", "rdns", "reverse lookup", "cannot find your hostname",
        "cannot resolve your", "client host rejected: cannot find your", "no reverse", "reverse-dns",
        "unresolvable", "hostname lookup failed", "not have a ptr", "ip name lookup failed", "does not resolve",
        "your host name does not match", "dns ptr", "reverse dns validation failed", "ptr lookup",
        "unverifyable sending ip", "unverifiable sending ip",
    ]);

    public static readonly PhraseRule BadReputation = new(ReasonNames.BadReputation,
    [
        "low reputation", "poor reputation", "bad reputation", "reputation of", "ip reputation", "sender reputation",
        "domain reputation", "rate that is unusual", "likely unsolicited mail", "suspicious due to the very low reputation",
    ]);

    public static readonly PhraseRule VirusDetected = new(ReasonNames.VirusDetected,
    [
        "virus", "malware", "infected", "malicious content", "harmful content",
    ]);

    public static readonly PhraseRule SpamDetected = new(ReasonNames.SpamDetected,
    [
        "spam", "junk mail", "bulk mail", "unsolicited", "scored too high", "content filter rejection",
        "message content rejected", "rejected as spam", "blocked by spam", "classified as spam",
        "message filtered. please see", "x-spam", "detected as spam", "appears to be junk",
        "considered unsolicited", "spam content", "bulk email",
    ]);

    public static readonly PhraseRule PolicyViolation = new(ReasonNames.PolicyViolation,
    [
        "policy violation", "violates", "violation of", "against our policy", "local policy", "policy rejection",
        "message rejected due to local policy", "prohibited", "not permitted by policy", "acceptable use",
        "content policy", "policy reasons", "due to policy", "banned", "attachment type", "file type", "you are not allowed",
        "contains a disallowed", "executable", "header error", "policy restrictions", "potential security issue",
        "content and attachment content guidelines",
    ]);

    public static readonly PhraseRule NoRelaying = new(ReasonNames.NoRelaying,
    [
        "relay access denied", "relaying denied", "no relaying", "relay not permitted", "not permitted to relay",
        "relaying not allowed", "unable to relay", "relay denied", "we do not relay", "relay not allowed",
        "not allowed to relay", "relaying is prohibited", "open relay", "relay prohibited", "mail relay denied",
        "isn't in my list of allowed rcpthosts", "not in my list of allowed rcpthosts", "relay access",
        "email address is not verified", "identities failed the check",
        "insecure mail relay", "relaying mail to", "we don't handle mail for",
    ]);

    public static readonly PhraseRule Blocked = new(ReasonNames.Blocked,
    [
        "blacklist", "blocklist", "block list", "black list", "blocked", "listed at", "listed in", "listed on",
        "rbl", "spamhaus", "spamcop", "barracuda", "dnsbl", "access denied", "connection refused",
        "not allowed to connect", "client host rejected", "your ip", "your host", "your server", "your network",
        "dynamic ip", "dial-up", "dialup", "residential", "use the smtp server of your isp", "use your isp", "banned",
        "refused by", "ip address", "poor ip", "too many invalid", "not allowed from", "sending mta",
        "connections not accepted", "not accepting connections", "service refuse", "host network not allowed",
    ])
    {
        Unless = ["recipient address rejected: access denied", "recipient addresses rejected : access denied"],
    };

    /// <summary>Block lists named outright: strong enough to overrule an address-status code.</summary>
    public static readonly PhraseRule BlockList = new(ReasonNames.Blocked,
    [
        "blacklist", "blocklist", "block list", "spamhaus", "spamcop", "dnsbl", "listed at", "listed in", "sorbs",
    ]);

    public static readonly PhraseRule Rejected = new(ReasonNames.Rejected,
    [
        "sender address rejected", "sender rejected", "sender was rejected", "invalid sender", "sender verify failed",
        "sender not", "domain of sender address", "sender domain", "mail from", "envelope sender",
        "sender is not", "bogus mail from", "empty envelope sender", "null sender", "sender verification",
        "you are not allowed to post", "permission to post", "not a member of this mailing list", "are not member", "not allowed to post", "unroutable sender",
        "address rejected", "unverified sender", "returned mail not accepted", "batv", "sender address",
        "from address", "administrative prohibition", "does not accept mail from", "not authorized to send",
        "not on the recipient's list of senders", "sender is in my black list", "sender has been blacklisted",
        "can't determine purported responsible address", "is not a registered gateway user",
        "please provide a valid from", "domain is invalid", "access denied (in reply to mail from",
    ])
    {
        Unless = ["recipient address rejected", "5.1.0 address rejected", "recipient addresses rejected"],
    };

    /// <summary>The recipient chose not to receive this: strong enough to overrule an unknown-user code.</summary>
    public static readonly PhraseRule RecipientChoice = new(ReasonNames.Filtered,
    [
        "recipient preferences", "refuses to receive", "blocked by the recipient", "only accepting mail from",
        "rejected due to user rules", "user reject",
    ]);

    public static readonly PhraseRule Filtered = new(ReasonNames.Filtered,
    [
        "message filtered", "filtered", "user reject", "refuses to receive", "refused due to recipient preferences",
        "recipient preferences", "only accepting mail from", "blocked by the recipient", "account is protected by",
        "not accepting any mail", "user refuses", "rejected due to user rules", "mailbox is restricted",
        "restricted", "filter",
    ]);

    public static readonly PhraseRule NotCompliantRfc = new(ReasonNames.NotCompliantRfc,
    [
        "rfc 5322", "rfc5322", "rfc 2822", "rfc2822", "rfc 822", "rfc822 ", "not rfc", "rfc compliant",
        "multiple addresses in from", "duplicate header", "more than one", "missing from header", "malformed",
        "message-id header", "non-compliant", "headers are invalid", "bare lf", "bare linefeed",
    ]);

    public static readonly PhraseRule ContentError = new(ReasonNames.ContentError,
    [
        "content error", "invalid content", "header error", "message header", "mime", "charset", "8bit",
        "line too long", "illegal character", "encoding", "utf-8", "smtputf8", "content rejected",
    ]);

    public static readonly PhraseRule SecurityError = new(ReasonNames.SecurityError,
    [
        "authentication required", "authentication failed", "auth failed", "not authorized", "unauthorized",
        "delivery not authorized", "certificate", "tls required", "encryption required", "security policy",
        "user not authenticated", "must authenticate", "authentication credentials",
    ]);

    public static readonly PhraseRule FailedStartTls = new(ReasonNames.FailedStartTls,
    [
        "starttls", "tls handshake", "tls negotiation", "requiretls", "must issue a starttls", "ssl handshake",
    ]);
}
