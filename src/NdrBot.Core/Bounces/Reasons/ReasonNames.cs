namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// Every failure category by name, as it goes on the wire (JSON, the database, the catalogue's <c>reason</c>).
/// Code names a reason through these constants, so a misspelt reason fails the build.
/// </summary>
public static class ReasonNames
{
    public const string AuthFailure = "authfailure";
    public const string BadReputation = "badreputation";
    public const string Blocked = "blocked";
    public const string ContentError = "contenterror";
    public const string Delivered = "delivered";
    public const string EmailTooLarge = "emailtoolarge";
    public const string ExceedLimit = "exceedlimit";
    public const string Expired = "expired";
    public const string FailedStartTls = "failedstarttls";
    public const string Feedback = "feedback";
    public const string Filtered = "filtered";
    public const string HasMoved = "hasmoved";
    public const string HostUnknown = "hostunknown";
    public const string MailboxFull = "mailboxfull";
    public const string MailerError = "mailererror";
    public const string MesgTooBig = "mesgtoobig";
    public const string NetworkError = "networkerror";
    public const string NoRelaying = "norelaying";
    public const string NotAccept = "notaccept";
    public const string NotCompliantRfc = "notcompliantrfc";
    public const string OnHold = "onhold";
    public const string PolicyViolation = "policyviolation";
    public const string RateLimited = "ratelimited";
    public const string Rejected = "rejected";
    public const string RequirePtr = "requireptr";
    public const string SecurityError = "securityerror";
    public const string SpamDetected = "spamdetected";
    public const string Speeding = "speeding";
    public const string Suspend = "suspend";
    public const string SyntaxError = "syntaxerror";
    public const string SystemError = "systemerror";
    public const string SystemFull = "systemfull";
    public const string TooManyConn = "toomanyconn";
    public const string Undefined = "undefined";
    public const string UserUnknown = "userunknown";
    public const string Vacation = "vacation";
    public const string VirusDetected = "virusdetected";
}
