namespace NdrBot.Host.Cases;

/// <summary>Case log messages. Never pass note texts or pasted bounces.</summary>
internal static partial class CasesLog
{
    [LoggerMessage(301, LogLevel.Warning, "Case {CaseId} of {CaseScope} was asked for from {RequestScope}; answered as missing")]
    public static partial void OutOfScope(ILogger logger, string caseId, string caseScope, string requestScope);

    [LoggerMessage(302, LogLevel.Information, "New cases limited for {Scope} (user {User}); answered without a case")]
    public static partial void Limited(ILogger logger, string scope, string user);
}
