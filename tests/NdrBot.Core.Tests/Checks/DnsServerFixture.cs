using NdrBot.Core.Checks;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Core.Tests.Checks;

/// <summary>One test DNS server serving <see cref="CheckZones"/> for a test class (tests that count queries start their own).</summary>
public sealed class DnsServerFixture : IDisposable
{
    internal TestDnsServer Server { get; } = TestDnsServer.Start(CheckZones.Build());

    /// <summary>Settings pointing at the test server, with the test blocklist and generous times (no test waits on them).</summary>
    internal DnsCheckSettings Settings => For(Server);

    internal static DnsCheckSettings For(TestDnsServer server) => new()
    {
        Servers = [server.EndPoint],
        Blocklists = [CheckZones.Blocklist],
        Timeout = TimeSpan.FromSeconds(5),
        Budget = TimeSpan.FromSeconds(20),
    };

    internal LiveChecks Checks(TimeProvider? time = null) => new(Settings, time ?? TimeProvider.System);

    public void Dispose() => Server.Dispose();
}
