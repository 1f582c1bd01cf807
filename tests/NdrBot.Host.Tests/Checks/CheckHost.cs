using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NdrBot.Host.Tests.Drills;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared;
using NdrBot.Tests.Shared.Dns;
using WireMock.Logging;

namespace NdrBot.Host.Tests.Checks;

/// <summary>The settings and helpers the live-check host tests share: the host pointed at a test DNS server (or at none).</summary>
internal static partial class CheckHost
{
    public const string PendingNote = "Looking up SPF";

    /// <summary>Checks against <paramref name="server"/> with its blocklist, and times no test waits on.</summary>
    public static Dictionary<string, string?> Settings(TestDnsServer server) => new()
    {
        ["Diagnostics:Dns:Servers"] = server.Address,
        ["Diagnostics:Dns:Blocklists:0:Zone"] = CheckZones.Blocklist.Zone,
        ["Diagnostics:Dns:Blocklists:0:Name"] = CheckZones.Blocklist.Name,
        ["Diagnostics:Dns:Blocklists:0:Codes:127.0.0.2"] = CheckZones.Blocklist.Codes["127.0.0.2"],
        ["Diagnostics:Dns:TimeoutMs"] = "5000",
        ["Diagnostics:Dns:BudgetMs"] = "20000",
    };

    /// <summary>A resolver that is down: the port of a test server that was stopped, so nothing answers there.</summary>
    public static Dictionary<string, string?> ResolverDown()
    {
        var stopped = TestDnsServer.Start(new TestZone());
        stopped.Dispose();
        return new Dictionary<string, string?>(Settings(stopped)) { ["Diagnostics:Dns:TimeoutMs"] = "500" };
    }

    private static readonly string[] Labels = ["SPF", "DMARC", "DKIM", "MX", "PTR", "Blocklist"];

    public static string Texts(JsonNode card) => string.Join("\n", JsonWalk.Strings(card));

    /// <summary>The Checks section's lines of an Adaptive Card, as "SPF contoso.test for 198.51.100.77: fail".</summary>
    public static List<string> CheckLines(JsonNode card) =>
    [
        .. JsonWalk.Objects(card)
            .Where(o => (string?)o["type"] == "RichTextBlock" && o["inlines"] is JsonArray { Count: 3 } runs && Labels.Contains((string?)runs[0]!["text"]))
            .Select(o => o["inlines"]!.AsArray().Select(r => ((string?)r!["text"])!.Trim()).ToList())
            .Select(r => $"{r[0]} {r[1]}: {r[2]}"),
    ];

    /// <summary>The card with its case's key and code taken out, to compare the cards of two cases.</summary>
    public static string WithoutCase(JsonNode card) => CaseMarks().Replace(card.ToJsonString(), "CASE");

    /// <summary>Waits (bounded) for <paramref name="count"/> card updates (PUT) on the fake Connector.</summary>
    public static Task<List<ILogEntry>> PutsAsync(BotFrameworkFake fake, int count = 1) =>
        Eventually.WaitAsync(() => fake.ConnectorCalls.Where(c => c.RequestMessage.Method == "PUT").ToList(), p => p.Count >= count);

    [GeneratedRegex(@"case-[0-9a-z]{24}|C-[2-9A-Z]{4}", RegexOptions.NonBacktracking)]
    private static partial Regex CaseMarks();
}
