using NdrBot.Core.Bounces.Reasons;
using NdrBot.Core.Diagnosis;

namespace NdrBot.Core.Checks;

/// <summary>Which kinds of check fit a finding, from its reason, its code and the remote server's words.</summary>
internal static class CheckNeeds
{
    private static readonly HashSet<string> AuthCodes = new(StringComparer.Ordinal) { "5.7.23", "5.7.24", "5.7.25", "5.7.26", "5.7.27", "5.7.509", "5.7.515", "4.7.23", "4.7.24", "4.7.26" };
    private static readonly HashSet<string> MxCodes = new(StringComparer.Ordinal) { "5.1.2", "4.1.2", "5.4.4", "4.4.4", "5.4.310", "5.1.10", "5.4.312", "4.4.312" };
    private static readonly HashSet<string> PtrCodes = new(StringComparer.Ordinal) { "5.7.25", "4.7.25" };

    private static readonly string[] AuthWords = ["spf", "dmarc", "dkim", "unauthenticated", "not authenticated", "authentication"];
    private static readonly string[] MxWords = ["no mx", "null mx", "mx record", "no mail exchanger", "nullmx"];
    private static readonly string[] PtrWords = ["ptr", "reverse dns", "rdns", "reverse lookup", "reverse dns"];
    private static readonly string[] ListWords = ["spamhaus", "barracuda", "spamcop", "blocklist", "blacklist", "block list", "dnsbl", " rbl", "banned sending ip", "listed at", "listed on", "listed in"];

    public static bool Auth(Finding finding) =>
        finding.Reason == ReasonNames.AuthFailure || AuthCodes.Contains(Code(finding)) || Says(finding, AuthWords);

    public static bool Mx(Finding finding) =>
        finding.Reason == ReasonNames.HostUnknown || MxCodes.Contains(Code(finding)) || Says(finding, MxWords);

    public static bool Ptr(Finding finding) =>
        finding.Reason == ReasonNames.RequirePtr || PtrCodes.Contains(Code(finding)) || Says(finding, PtrWords);

    public static bool Blocklist(Finding finding) =>
        finding.Reason is ReasonNames.Blocked or ReasonNames.BadReputation || IsBannedIpRange(Code(finding)) || Says(finding, ListWords);

    private static string Code(Finding finding) => finding.Status ?? finding.Lookup.Entry.Code;

    /// <summary>Note: Exchange Online's 5.7.606–5.7.649 say the sending IP is on Microsoft's banned list.</summary>
    private static bool IsBannedIpRange(string code) =>
        code.StartsWith("5.7.6", StringComparison.Ordinal) && int.TryParse(code.AsSpan(4), out var detail) && detail is >= 606 and <= 649;

    private static bool Says(Finding finding, string[] words) =>
        finding.Diagnostic is { } text && words.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase));
}
