using NdrBot.Tests.Shared.Dns;

namespace NdrBot.E2E.Tests.Playground;

/// <summary>
/// Issue 5 end to end: NdrBot.Host answering real clients. Each scenario sends 5.4.6 and checks its meaning is on
/// the card, clicks the card's Claim button and checks the acknowledgement, then pastes a Postfix bounce and checks
/// the recipient is shown. Screenshots land in tests/e2e/artifacts (gitignored).
/// </summary>
[Collection(RealClientRuns.Name)]
public sealed class RealClientTests
{
    [Fact]
    public void AgentsPlayground_MsTeamsChannel_ShowsCardsAndAcknowledgesButtons() => _ = AssertScenario("playground");

    /// <summary>Also issue 16 §2: a pasted Postfix bounce keeps its remote server and words on the card through Claim, Add note and Resolve.</summary>
    [Fact]
    public void LocalWebChat_WithAdaptiveCardsRenderer_ShowsCardsAndAcknowledgesButtons()
    {
        var report = AssertScenario("webchat");

        Assert.Contains("the remote server and its words stay after Claim, Add note and Resolve", report, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 19: the three bounces of tests/Shared/Dns/Pastes pasted into the web chat, with the host's live checks
    /// asking a test DNS server: each card is answered at once and then shows the right verdicts in place.
    /// </summary>
    [Fact]
    public void LocalWebChat_LiveChecks_EachPastedBounceShowsItsVerdicts()
    {
        using var dns = TestDnsServer.Start(CheckZones.Build());

        var (exit, report) = RealClientHarness.Run("checks", dns.Address);

        Assert.True(exit == 0, $"checks e2e failed (exit {exit}):\n{report}");
        Assert.Contains("banned sending IP: the Checks section shows the verdicts", report, StringComparison.Ordinal);
        Assert.Contains("unauthenticated: the Checks section shows the verdicts", report, StringComparison.Ordinal);
        Assert.Contains("domain not found: the Checks section shows the verdicts", report, StringComparison.Ordinal);
        Assert.Contains(dns.Queries, q => q.Name == "20.10.33.45.bl.test");
    }

    private static string AssertScenario(string scenario)
    {
        var (exit, report) = RealClientHarness.Run(scenario);

        Assert.True(exit == 0, $"{scenario} e2e failed (exit {exit}):\n{report}");
        Assert.Contains("pasted Postfix bounce names the recipient", report, StringComparison.Ordinal);
        return report;
    }
}
