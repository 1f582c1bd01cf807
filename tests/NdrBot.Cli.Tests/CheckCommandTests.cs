using System.Text.Json;
using NdrBot.Tests.Shared.Dns;

namespace NdrBot.Cli.Tests;

/// <summary>
/// <c>ndrbot check</c> and <c>ndrbot explain --check</c> against the test DNS server, with the settings given as
/// environment variables the way the host reads them (<c>Diagnostics__Dns__Servers</c>).
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private const string DmarcBounce = "This is the mail system at host mail.contoso.test.\n\nI'm sorry to have to inform you that your message could not\n"
        + "be delivered to one or more recipients.\n\n<bob@fabrikam.example>: host mx.fabrikam.example[198.51.100.50] said: 550 5.7.26\n"
        + "    Unauthenticated email from contoso.test is not accepted due to domain's\n    DMARC policy. SPF check failed for 203.0.113.5 (in reply to end of DATA command)\n";

    private readonly TestDnsServer _server = TestDnsServer.Start(CheckZones.Build());

    public void Dispose() => _server.Dispose();

    private Dictionary<string, string?> Environment(params (string Key, string? Value)[] more)
    {
        var env = new Dictionary<string, string?>
        {
            ["Diagnostics__Dns__Servers"] = _server.Address,
            ["Diagnostics__Dns__TimeoutMs"] = "5000",
            ["Diagnostics__Dns__BudgetMs"] = "20000",
            ["Diagnostics__Dns__Blocklists__0__Zone"] = "bl.test",
            ["Diagnostics__Dns__Blocklists__0__Codes__127.0.0.2"] = "a known spam source",
            ["PATH"] = "/usr/bin",
        };
        foreach (var (key, value) in more)
        {
            env[key] = value;
        }

        return env;
    }

    [Fact]
    public async Task Check_DomainAsJson_ListsSpfDmarcAndMxWithTheStoredFieldNames()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["check", "--format", "json", "--ip", "203.0.113.5", "contoso.test"], environment: Environment());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("contoso.test", json.RootElement.GetProperty("target").GetString());
        var checks = json.RootElement.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["spf", "dmarc", "mx"], checks.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal(["fail", "reject", "found"], checks.Select(c => c.GetProperty("verdict").GetString()));
        Assert.Equal("v=spf1 include:_spf.mailhost.test -all", checks[0].GetProperty("record").GetString());
        Assert.All(checks, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("step").GetString())));
        Assert.All(checks, c => Assert.False(string.IsNullOrWhiteSpace(c.GetProperty("subject").GetString())));
    }

    [Fact]
    public async Task Check_Ip_LooksUpPtrAndTheConfiguredBlocklist()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["check", CheckZones.ListedIp], environment: Environment());

        Assert.Equal(0, exit);
        Assert.Contains("Blocklist 45.33.10.20 on bl.test: listed", stdout, StringComparison.Ordinal);
        Assert.Contains("a known spam source", stdout, StringComparison.Ordinal);
        Assert.Contains("PTR 45.33.10.20: missing", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_BadServerSetting_IsAUsageErrorNamingTheKey()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["check", "contoso.test"], environment: Environment(("Diagnostics__Dns__Servers", "dns.example")));

        Assert.Equal(2, exit);
        Assert.Contains("Diagnostics:Dns:Servers", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TurnedOff_SaysSoAndAsksNothing()
    {
        var (exit, _, stderr) = await CliRunner.RunAsync(["check", "contoso.test"], environment: Environment(("Diagnostics__Dns__Enabled", "false")));

        Assert.Equal(2, exit);
        Assert.Contains("turned off", stderr, StringComparison.Ordinal);
        Assert.Empty(_server.Queries);
    }

    [Fact]
    public async Task Check_MalformedTarget_CouldNotCheckAndExitsOne()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["check", "--format", "json", "not a domain"], environment: Environment());

        Assert.Equal(1, exit);
        Assert.Contains("\"verdict\": \"couldnotcheck\"", stdout, StringComparison.Ordinal);
        Assert.Empty(_server.Queries);
    }

    [Fact]
    public async Task Explain_CheckJson_EachFindingGainsItsChecks()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--check", "--format", "json"], DmarcBounce, Environment());

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(stdout);
        var finding = Assert.Single(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("5.7.26", finding.GetProperty("status").GetString());
        var checks = finding.GetProperty("checks").EnumerateArray().ToList();
        Assert.Equal(["spf", "dmarc"], checks.Select(c => c.GetProperty("kind").GetString()));
        Assert.Equal("contoso.test for 203.0.113.5", checks[0].GetProperty("subject").GetString());
        Assert.Equal("fail", checks[0].GetProperty("verdict").GetString());
        Assert.Equal("203.0.113.5", json.RootElement.GetProperty("checkEvidence").GetProperty("sendingIp").GetString());
        Assert.True(json.RootElement.GetProperty("checksComplete").GetBoolean());
    }

    [Fact]
    public async Task Explain_WithoutCheck_AsksNothingAndAddsNoChecksField()
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--format", "json"], DmarcBounce, Environment());

        Assert.Equal(0, exit);
        Assert.DoesNotContain("\"checks\"", stdout, StringComparison.Ordinal);
        Assert.Empty(_server.Queries);
    }

    [Theory]
    [InlineData("text", "SPF contoso.test for 203.0.113.5: fail")]
    [InlineData("adaptive", "\"Checks\"")]
    [InlineData("slack", "*Checks*")]
    public async Task Explain_CheckInEveryFormat_ShowsTheChecks(string format, string expected)
    {
        var (exit, stdout, _) = await CliRunner.RunAsync(["explain", "--check", "--format", format], DmarcBounce, Environment());

        Assert.Equal(0, exit);
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.Contains("p=reject", stdout, StringComparison.Ordinal);
    }
}
