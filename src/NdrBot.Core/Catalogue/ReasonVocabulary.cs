using NdrBot.Core.Bounces.Reasons;

namespace NdrBot.Core.Catalogue;

/// <summary>
/// Failure categories, named as established bounce analysers (Sisimai) name them so that answers compare; the names
/// themselves are the constants of <see cref="ReasonNames"/>.
/// </summary>
public static class ReasonVocabulary
{
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        ReasonNames.AuthFailure, ReasonNames.BadReputation, ReasonNames.Blocked, ReasonNames.ContentError,
        ReasonNames.Delivered, ReasonNames.ExceedLimit, ReasonNames.Expired, ReasonNames.FailedStartTls,
        ReasonNames.Feedback, ReasonNames.Filtered, ReasonNames.HasMoved, ReasonNames.HostUnknown,
        ReasonNames.MailboxFull, ReasonNames.MailerError, ReasonNames.MesgTooBig, ReasonNames.NetworkError,
        ReasonNames.NoRelaying, ReasonNames.NotAccept, ReasonNames.NotCompliantRfc, ReasonNames.OnHold,
        ReasonNames.PolicyViolation, ReasonNames.RateLimited, ReasonNames.Rejected, ReasonNames.RequirePtr,
        ReasonNames.SecurityError, ReasonNames.SpamDetected, ReasonNames.Speeding, ReasonNames.Suspend,
        ReasonNames.SyntaxError, ReasonNames.SystemError, ReasonNames.SystemFull, ReasonNames.TooManyConn,
        ReasonNames.Undefined, ReasonNames.UserUnknown, ReasonNames.Vacation, ReasonNames.VirusDetected,
        ReasonNames.EmailTooLarge,
    };
}
