namespace NdrBot.Core.Checks.Spf;

/// <summary>The results of <c>check_host()</c> (RFC 7208 §2.6).</summary>
internal enum SpfResult
{
    None,
    Neutral,
    Pass,
    Fail,
    SoftFail,
    TempError,
    PermError,
}
