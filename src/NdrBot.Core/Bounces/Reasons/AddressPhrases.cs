namespace NdrBot.Core.Bounces.Reasons;

/// <summary>Phrases about the recipient address or mailbox itself: unknown, moved, disabled, full.</summary>
internal static class AddressPhrases
{
    public static readonly PhraseRule MailboxFull = new(ReasonNames.MailboxFull,
    [
        "mailbox full", "mailbox is full", "mailbox is over quota", "mailbox over quota", "over quota", "overquota",
        "quota exceeded", "quota exceed", "exceeded storage allocation", "exceeds allowed size", "storage quota",
        "disk quota", "mailbox has exceeded", "mailbox size limit", "inbox is full", "mailfolder is full",
        "maildir over quota", "not enough storage", "insufficient disk space for user", "is full", "mailbox exceeded",
        "exceeded its storage", "exceeded the quota", "quota full", "account is full", "user has exceeded",
        "mailbox quota", "the user's mailbox is full", "boîte pleine", "postfach voll", "would exceed quota",
        "too much mail data", "recipient's mailbox is full", "full mailbox", "quota violation", "over the allowed quota",
        "mailbox size exceeded",
    ]);

    public static readonly PhraseRule UserUnknown = new(ReasonNames.UserUnknown,
    [
        "user unknown", "unknown user", "no such user", "user not found", "unknown recipient", "recipient unknown",
        "no such recipient", "recipient not found", "recipient does not exist", "user does not exist",
        "address does not exist", "mailbox does not exist", "mailbox not found", "no mailbox here by that name",
        "no such mailbox", "invalid recipient", "invalid mailbox", "mailbox unavailable", "mailbox is unavailable",
        "address unknown", "unknown mailbox", "not a valid mailbox", "is not a known user", "no account by that name",
        "the email account that you tried to reach does not exist", "recipnotfound", "recipientnotfound",
        "bad destination mailbox address", "the recipient name is not recognized", "not listed in public name",
        "not listed in domino directory", "no such person", "doesn't have a * account", "user * does not exist",
        "account * does not exist", "email address could not be found", "email address does not exist",
        "address not present in directory", "not a valid user", "not a valid recipient", "no mailbox by that name",
        "user doesn't exist", "addressee unknown", "nonexistent user", "non-existent user", "user not exist",
        "mailbox not present", "mailbox invalid", "unknown local part", "unknown e-mail address", "unknown address",
        "recipient address rejected: access denied", "invalid address", "address not found", "user not known",
        "recipient not exist", "no mailbox found", "no valid recipients", "is not a valid email",
        "this address no longer accepts mail", "no longer valid", "recipient rejected: unknown", "utilisateur inconnu",
        "unbekannter empfänger", "user is unknown", "unknown or illegal alias", "not our customer", "badrcptto",
        "no such address", "undeliverable address", "address rejected: user", "invalid or unknown virtual user",
        "mailbox not available", "not a local address", "unrouteable address", "couldn't be found",
        "wasn't found at", "recipient address rejected: undeliverable", "does not exist here",
        "address does not exist", "recipient is not local", "the user you are trying to contact",
        "does not have an account", "is not a valid address", "no such local user", "<*> not found",
    ]);

    /// <summary>
    /// Reports of a directory lookup that found no such address (Exchange 2003's "The recipient name is not
    /// recognized", Lotus Notes/Domino's "not listed in … Name &amp; Address Book"): the address is unknown whatever
    /// SMTP command the report shows.
    /// </summary>
    public static readonly PhraseRule DirectoryLookup = new(ReasonNames.UserUnknown,
    [
        "the recipient name is not recognized", "not listed in public name", "not listed in domino directory",
        "recipnotfound", "recipientnotfound", "resolver.adr.recipientnotfound",

        // Exchange Online's directory-based edge blocking: the address is not in the tenant's directory.
        "5.4.1*recipient address rejected: access denied",
    ]);

    /// <summary>Said only after more specific phrases fail: Postfix's bare "Recipient address rejected".</summary>
    public static readonly PhraseRule UserUnknownWeak = new(ReasonNames.UserUnknown,
    [
        "recipient address rejected", "recipient rejected", "rcpt rejected", "invalid rcpt",
    ]);

    public static readonly PhraseRule HostUnknown = new(ReasonNames.HostUnknown,
    [
        "host unknown", "unknown host", "domain not found", "host not found", "no such domain", "domain does not exist",
        "name or service not known", "host or domain name not found", "nxdomain", "domain name not found",
        "unknown domain", "illegal host/domain", "bad destination system address", "domain * does not exist",
        "no mx record", "no mx or a record", "unrouteable mail domain", "no route to domain",
        "domain is not configured", "recipient domain not found", "domain could not be found",
        "dns error: domain", "unable to route", "unroutable", "domain name does not exist",
        "the domain * doesn't exist", "couldn't find any host named",
        "domain must exist", "domain mentioned in email address is unknown",
    ])
    {
        // Note: Postfix "Host not found, try again" is a DNS lookup that failed for now (TRY_AGAIN), not a missing domain.
        Unless = ["host not found, try again", "name service error"],
    };

    public static readonly PhraseRule HasMoved = new(ReasonNames.HasMoved,
    [
        "has moved", "address has changed", "user has moved", "mailbox has moved", "no forwarding address",
        "moved to", "is no longer * at this address",
    ]);

    public static readonly PhraseRule Suspend = new(ReasonNames.Suspend,
    [
        "account disabled", "account has been disabled", "account is disabled", "mailbox disabled", "mailbox is disabled",
        "account suspended", "account has been suspended", "account is suspended", "user account disabled",
        "account inactive", "account is inactive", "account is not active", "temporarily disabled",
        "deactivated mailbox", "has been deactivated", "disabled or discontinued", "account has been frozen",
        "account expired", "mailbox is inactive", "inactive account", "recipient suspend", "suspended account",
        "not active account", "account closed", "has been terminated", "is locked", "account is locked",
        "mailbox is frozen", "user suspended", "mailbox has been disabled", "mailbox currently suspended",
        "account has been temporarily suspended", "temporarily inactive", "user or domain is disabled", "inactive mailbox",
    ]);

    public static readonly PhraseRule NotAccept = new(ReasonNames.NotAccept,
    [
        "null mx", "does not accept mail", "not accepting mail", "accepts no mail", "does not receive mail",
        "no longer accepts mail for", "host does not accept", "server does not accept mail",
    ]);

    public static readonly PhraseRule ExceedLimit = new(ReasonNames.ExceedLimit,
    [
        "message length exceeds administrative limit", "exceeds the limit", "message too large for this recipient",
        "per-mailbox message size", "exceeds size limit for recipient",
    ]);

    public static readonly PhraseRule MesgTooBig = new(ReasonNames.MesgTooBig,
    [
        "message too big", "message too large", "message is too big", "message is too large", "size limit exceeded",
        "message size exceeds", "exceeds maximum message size", "exceeded maximum message size", "size exceeds",
        "mail size limit", "message exceeds maximum", "message size limit", "too big for system", "exceeds the maximum size",
        "message length exceeds", "message exceeds the size", "email is too large", "maximum message size",
        "exceeds fixed maximum message size", "is larger than the maximum",
        "message file too big", "taille limite du message atteinte",
    ]);
}
