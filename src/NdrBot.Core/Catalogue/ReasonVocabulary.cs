namespace NdrBot.Core.Catalogue;

/// <summary>
/// Failure categories, named as established bounce analysers (Sisimai) name them so that answers compare.
/// </summary>
public static class ReasonVocabulary
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "authfailure", "badreputation", "blocked", "contenterror", "delivered", "exceedlimit", "expired",
        "failedstarttls", "feedback", "filtered", "hasmoved", "hostunknown", "mailboxfull", "mailererror",
        "mesgtoobig", "networkerror", "norelaying", "notaccept", "notcompliantrfc", "onhold", "policyviolation",
        "ratelimited", "rejected", "requireptr", "securityerror", "spamdetected", "speeding", "suspend",
        "syntaxerror", "systemerror", "systemfull", "toomanyconn", "undefined", "userunknown", "vacation",
        "virusdetected", "emailtoolarge",
    };
}
