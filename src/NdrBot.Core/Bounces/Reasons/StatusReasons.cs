namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// The reason an enhanced status code states on its own (RFC 3463 meanings, grouped as Sisimai groups them).
/// Codes that say too little (<c>5.0.0</c>, <c>5.7.1</c>) are left to the diagnostic text.
/// </summary>
internal static class StatusReasons
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["2.1.5"] = "delivered", ["2.0.0"] = "delivered", ["2.6.0"] = "delivered",
        ["4.1.6"] = "hasmoved", ["4.1.7"] = "rejected", ["4.1.8"] = "rejected", ["4.1.9"] = "systemerror",
        ["4.2.1"] = "blocked", ["4.2.2"] = "mailboxfull", ["4.2.3"] = "exceedlimit", ["4.2.4"] = "filtered",
        ["4.3.1"] = "systemfull", ["4.3.2"] = "notaccept", ["4.3.3"] = "systemerror", ["4.3.5"] = "systemerror",
        ["4.4.1"] = "networkerror", ["4.4.2"] = "networkerror", ["4.4.3"] = "systemerror", ["4.4.4"] = "networkerror",
        ["4.4.5"] = "systemfull", ["4.4.6"] = "networkerror", ["4.4.7"] = "expired", ["4.4.8"] = "networkerror",
        ["4.5.3"] = "systemerror", ["4.5.5"] = "systemerror", ["4.6.0"] = "contenterror", ["4.6.2"] = "contenterror",
        ["4.6.5"] = "contenterror", ["4.7.1"] = "blocked", ["4.7.2"] = "blocked", ["4.7.5"] = "securityerror",
        ["4.7.6"] = "securityerror", ["4.7.7"] = "securityerror", ["4.7.12"] = "securityerror",
        ["4.7.24"] = "authfailure", ["4.7.25"] = "requireptr", ["4.7.26"] = "authfailure", ["4.7.28"] = "ratelimited",
        ["5.1.0"] = "userunknown", ["5.1.1"] = "userunknown", ["5.1.2"] = "hostunknown", ["5.1.3"] = "userunknown",
        ["5.1.4"] = "filtered", ["5.1.6"] = "hasmoved", ["5.1.7"] = "rejected", ["5.1.8"] = "rejected",
        ["5.1.9"] = "systemerror", ["5.1.10"] = "notaccept", ["5.2.0"] = "filtered", ["5.2.1"] = "filtered",
        ["5.2.2"] = "mailboxfull", ["5.2.3"] = "exceedlimit", ["5.2.4"] = "filtered", ["5.3.0"] = "systemerror", ["4.3.0"] = "systemerror",
        ["5.3.1"] = "systemfull", ["5.3.2"] = "notaccept", ["5.3.3"] = "systemerror", ["5.3.4"] = "mesgtoobig",
        ["5.3.5"] = "systemerror", ["5.4.0"] = "networkerror", ["5.4.3"] = "systemerror", ["5.4.4"] = "hostunknown",
        ["5.4.6"] = "networkerror", ["5.4.7"] = "expired", ["5.4.8"] = "networkerror", ["5.5.2"] = "syntaxerror",
        ["5.5.3"] = "toomanyconn", ["5.5.4"] = "systemerror", ["5.5.5"] = "systemerror", ["5.5.6"] = "syntaxerror",
        ["5.6.0"] = "contenterror", ["5.6.1"] = "contenterror", ["5.6.2"] = "contenterror", ["5.6.3"] = "contenterror",
        ["5.6.5"] = "contenterror", ["5.6.6"] = "contenterror", ["5.6.7"] = "contenterror", ["5.6.8"] = "contenterror",
        ["5.6.9"] = "contenterror", ["5.7.0"] = "securityerror", ["5.7.1"] = "securityerror", ["5.7.2"] = "securityerror",
        ["5.7.3"] = "securityerror", ["5.7.4"] = "securityerror", ["5.7.5"] = "securityerror", ["5.7.6"] = "securityerror",
        ["5.7.7"] = "securityerror", ["5.7.8"] = "securityerror", ["5.7.9"] = "securityerror", ["5.7.10"] = "securityerror",
        ["5.7.11"] = "securityerror", ["5.7.13"] = "suspend", ["5.7.14"] = "securityerror", ["5.7.15"] = "securityerror",
        ["5.7.16"] = "mesgtoobig", ["5.7.17"] = "hasmoved", ["5.7.18"] = "hasmoved", ["5.7.19"] = "securityerror",
        ["5.7.20"] = "authfailure", ["5.7.21"] = "authfailure", ["5.7.22"] = "authfailure", ["5.7.23"] = "authfailure",
        ["5.7.24"] = "authfailure", ["5.7.25"] = "requireptr", ["5.7.26"] = "authfailure", ["5.7.27"] = "notaccept",
        ["5.7.28"] = "spamdetected", ["5.7.29"] = "authfailure", ["5.7.30"] = "failedstarttls",
        ["5.7.509"] = "authfailure", ["5.7.510"] = "securityerror", ["5.7.515"] = "authfailure",
        ["5.1.351"] = "userunknown", ["5.4.312"] = "networkerror", ["5.4.316"] = "networkerror",
        ["5.4.310"] = "hostunknown", ["5.4.14"] = "networkerror", ["5.7.606"] = "blocked", ["5.7.708"] = "blocked",
        ["5.7.133"] = "filtered", ["5.7.134"] = "filtered", ["5.7.135"] = "filtered", ["5.7.136"] = "filtered",
        ["5.2.121"] = "ratelimited", ["5.2.122"] = "ratelimited", ["4.4.316"] = "networkerror", ["5.1.90"] = "ratelimited",
    };

    public static string? For(string? status) =>
        status is not null && Map.TryGetValue(status, out var reason) ? reason : null;
}
