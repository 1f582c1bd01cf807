namespace NdrBot.Core.Bounces.Reasons;

/// <summary>
/// The reason an enhanced status code states on its own (RFC 3463 meanings, grouped as Sisimai groups them).
/// Codes that say too little (<c>5.0.0</c>, <c>5.7.1</c>) are left to the diagnostic text.
/// </summary>
internal static class StatusReasons
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.Ordinal)
    {
        ["2.1.5"] = ReasonNames.Delivered, ["2.0.0"] = ReasonNames.Delivered, ["2.6.0"] = ReasonNames.Delivered,
        ["4.1.6"] = ReasonNames.HasMoved, ["4.1.7"] = ReasonNames.Rejected, ["4.1.8"] = ReasonNames.Rejected,
        ["4.1.9"] = ReasonNames.SystemError, ["4.2.1"] = ReasonNames.Blocked, ["4.2.2"] = ReasonNames.MailboxFull,
        ["4.2.3"] = ReasonNames.ExceedLimit, ["4.2.4"] = ReasonNames.Filtered, ["4.3.1"] = ReasonNames.SystemFull,
        ["4.3.2"] = ReasonNames.NotAccept, ["4.3.3"] = ReasonNames.SystemError, ["4.3.5"] = ReasonNames.SystemError,
        ["4.4.1"] = ReasonNames.NetworkError, ["4.4.2"] = ReasonNames.NetworkError, ["4.4.3"] = ReasonNames.SystemError,
        ["4.4.4"] = ReasonNames.NetworkError, ["4.4.5"] = ReasonNames.SystemFull, ["4.4.6"] = ReasonNames.NetworkError,
        ["4.4.7"] = ReasonNames.Expired, ["4.4.8"] = ReasonNames.NetworkError, ["4.5.3"] = ReasonNames.SystemError,
        ["4.5.5"] = ReasonNames.SystemError, ["4.6.0"] = ReasonNames.ContentError, ["4.6.2"] = ReasonNames.ContentError,
        ["4.6.5"] = ReasonNames.ContentError, ["4.7.1"] = ReasonNames.Blocked, ["4.7.2"] = ReasonNames.Blocked,
        ["4.7.5"] = ReasonNames.SecurityError, ["4.7.6"] = ReasonNames.SecurityError,
        ["4.7.7"] = ReasonNames.SecurityError, ["4.7.12"] = ReasonNames.SecurityError,
        ["4.7.24"] = ReasonNames.AuthFailure, ["4.7.25"] = ReasonNames.RequirePtr, ["4.7.26"] = ReasonNames.AuthFailure,
        ["4.7.28"] = ReasonNames.RateLimited, ["5.1.0"] = ReasonNames.UserUnknown, ["5.1.1"] = ReasonNames.UserUnknown,
        ["5.1.2"] = ReasonNames.HostUnknown, ["5.1.3"] = ReasonNames.UserUnknown, ["5.1.4"] = ReasonNames.Filtered,
        ["5.1.6"] = ReasonNames.HasMoved, ["5.1.7"] = ReasonNames.Rejected, ["5.1.8"] = ReasonNames.Rejected,
        ["5.1.9"] = ReasonNames.SystemError, ["5.1.10"] = ReasonNames.NotAccept, ["5.2.0"] = ReasonNames.Filtered,
        ["5.2.1"] = ReasonNames.Filtered, ["5.2.2"] = ReasonNames.MailboxFull, ["5.2.3"] = ReasonNames.ExceedLimit,
        ["5.2.4"] = ReasonNames.Filtered, ["5.3.0"] = ReasonNames.SystemError, ["4.3.0"] = ReasonNames.SystemError,
        ["5.3.1"] = ReasonNames.SystemFull, ["5.3.2"] = ReasonNames.NotAccept, ["5.3.3"] = ReasonNames.SystemError,
        ["5.3.4"] = ReasonNames.MesgTooBig, ["5.3.5"] = ReasonNames.SystemError, ["5.4.0"] = ReasonNames.NetworkError,
        ["5.4.3"] = ReasonNames.SystemError, ["5.4.4"] = ReasonNames.HostUnknown, ["5.4.6"] = ReasonNames.NetworkError,
        ["5.4.7"] = ReasonNames.Expired, ["5.4.8"] = ReasonNames.NetworkError, ["5.5.2"] = ReasonNames.SyntaxError,
        ["5.5.3"] = ReasonNames.TooManyConn, ["5.5.4"] = ReasonNames.SystemError, ["5.5.5"] = ReasonNames.SystemError,
        ["5.5.6"] = ReasonNames.SyntaxError, ["5.6.0"] = ReasonNames.ContentError, ["5.6.1"] = ReasonNames.ContentError,
        ["5.6.2"] = ReasonNames.ContentError, ["5.6.3"] = ReasonNames.ContentError,
        ["5.6.5"] = ReasonNames.ContentError, ["5.6.6"] = ReasonNames.ContentError,
        ["5.6.7"] = ReasonNames.ContentError, ["5.6.8"] = ReasonNames.ContentError,
        ["5.6.9"] = ReasonNames.ContentError, ["5.7.0"] = ReasonNames.SecurityError,
        ["5.7.1"] = ReasonNames.SecurityError, ["5.7.2"] = ReasonNames.SecurityError,
        ["5.7.3"] = ReasonNames.SecurityError, ["5.7.4"] = ReasonNames.SecurityError,
        ["5.7.5"] = ReasonNames.SecurityError, ["5.7.6"] = ReasonNames.SecurityError,
        ["5.7.7"] = ReasonNames.SecurityError, ["5.7.8"] = ReasonNames.SecurityError,
        ["5.7.9"] = ReasonNames.SecurityError, ["5.7.10"] = ReasonNames.SecurityError,
        ["5.7.11"] = ReasonNames.SecurityError, ["5.7.13"] = ReasonNames.Suspend,
        ["5.7.14"] = ReasonNames.SecurityError, ["5.7.15"] = ReasonNames.SecurityError,
        ["5.7.16"] = ReasonNames.MesgTooBig, ["5.7.17"] = ReasonNames.HasMoved, ["5.7.18"] = ReasonNames.HasMoved,
        ["5.7.19"] = ReasonNames.SecurityError, ["5.7.20"] = ReasonNames.AuthFailure,
        ["5.7.21"] = ReasonNames.AuthFailure, ["5.7.22"] = ReasonNames.AuthFailure,
        ["5.7.23"] = ReasonNames.AuthFailure, ["5.7.24"] = ReasonNames.AuthFailure, ["5.7.25"] = ReasonNames.RequirePtr,
        ["5.7.26"] = ReasonNames.AuthFailure, ["5.7.27"] = ReasonNames.NotAccept, ["5.7.28"] = ReasonNames.SpamDetected,
        ["5.7.29"] = ReasonNames.AuthFailure, ["5.7.30"] = ReasonNames.FailedStartTls,
        ["5.7.509"] = ReasonNames.AuthFailure, ["5.7.510"] = ReasonNames.SecurityError,
        ["5.7.515"] = ReasonNames.AuthFailure, ["5.1.351"] = ReasonNames.UserUnknown,
        ["5.4.312"] = ReasonNames.NetworkError, ["5.4.316"] = ReasonNames.NetworkError,
        ["5.4.310"] = ReasonNames.HostUnknown, ["5.4.14"] = ReasonNames.NetworkError, ["5.7.606"] = ReasonNames.Blocked,
        ["5.7.708"] = ReasonNames.Blocked, ["5.7.133"] = ReasonNames.Filtered, ["5.7.134"] = ReasonNames.Filtered,
        ["5.7.135"] = ReasonNames.Filtered, ["5.7.136"] = ReasonNames.Filtered, ["5.2.121"] = ReasonNames.RateLimited,
        ["5.2.122"] = ReasonNames.RateLimited, ["4.4.316"] = ReasonNames.NetworkError,
        ["5.1.90"] = ReasonNames.RateLimited,
    };

    public static string? For(string? status) =>
        status is not null && Map.TryGetValue(status, out var reason) ? reason : null;
}
