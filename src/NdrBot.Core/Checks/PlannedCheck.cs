namespace NdrBot.Core.Checks;

/// <summary>
/// One check to make: its kind, the domain or IP, and what else it needs (the IP for SPF, the DKIM selector, the
/// blocklist zone). <see cref="Answer"/> is set when the result is known without DNS (nothing to check, a bad
/// name, an address that is never sent to a blocklist). Equal plans are run once per answer.
/// </summary>
internal sealed record PlannedCheck(CheckKind Kind, string Subject)
{
    public string? Ip { get; init; }

    public string? Selector { get; init; }

    public BlocklistZone? Zone { get; init; }

    /// <summary>The bounce came from Exchange Online (SPF then names its include).</summary>
    public bool ExchangeOnline { get; init; }

    public CheckResult? Answer { get; init; }
}
