using System.Net;

namespace NdrBot.Core.Checks;

/// <summary>
/// The <c>Diagnostics:Dns</c> settings, the same for the host and the CLI (see <see cref="DnsCheckSettingsReader"/>).
/// </summary>
public sealed record DnsCheckSettings
{
    public const string Section = "Diagnostics:Dns";

    /// <summary><c>Enabled</c>: live checks on or off (default on).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary><c>Servers</c>: resolvers to ask (<c>127.0.0.1:5353</c>, <c>[::1]:53</c>); empty means the system resolver.</summary>
    public IReadOnlyList<IPEndPoint> Servers { get; init; } = [];

    /// <summary><c>Blocklists</c>: the DNS blocklists asked about a sending IP; by default those in <c>blocklists.json</c>.</summary>
    public IReadOnlyList<BlocklistZone> Blocklists { get; init; } = BlocklistCatalogue.Default;

    /// <summary><c>TimeoutMs</c>: how long one DNS question may take (default 1000 ms).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMilliseconds(1000);

    /// <summary><c>BudgetMs</c>: how long all the checks for one answer may take together (default 2000 ms).</summary>
    public TimeSpan Budget { get; init; } = TimeSpan.FromMilliseconds(2000);

    /// <summary><c>MaxLookupsPerMinute</c>: DNS questions sent per minute, over all answers (default 600); cached answers are free.</summary>
    public int MaxLookupsPerMinute { get; init; } = 600;

    /// <summary><c>MaxChecks</c>: distinct checks made for one answer (default 12); a bounce needing more gets the first ones.</summary>
    public int MaxChecks { get; init; } = 12;

    public static DnsCheckSettings Default { get; } = new();
}
