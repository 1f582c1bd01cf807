namespace NdrBot.Core.Bounces.Evidence;

/// <summary>
/// Reply codes SMTP servers actually send (RFC 5321 §4.2.2/§4.2.3 and the extensions: AUTH, STARTTLS, 556 null
/// MX). A three-digit number outside this set in a diagnostic ("426 connection timed out") is not taken as a reply.
/// </summary>
internal static class SmtpReplies
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "211", "214", "220", "221", "235", "250", "251", "252", "253", "334", "354",
        "421", "422", "430", "432", "450", "451", "452", "453", "454", "455", "458", "459",
        "500", "501", "502", "503", "504", "520", "521", "523", "524", "525", "530", "533", "534", "535", "538",
        "550", "551", "552", "553", "554", "555", "556", "557", "570", "571",
    };

    public static bool IsKnown(ReadOnlySpan<char> code) => code.Length == 3 && Known.Contains(code.ToString());
}
