using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared.Dns;
using NdrBot.Triage;
using static NdrBot.Host.Tests.Checks.CheckHost;

namespace NdrBot.Host.Tests.Checks;

/// <summary>
/// Issue 19 in Teams: a pasted bounce is answered at once with the checks pending; the checks follow as a PUT of the
/// same card, are stored with the case, and every later card of the case (a click, <c>case C-…</c>) keeps them.
/// </summary>
public sealed class TeamsLiveChecksTests : IDisposable
{
    private readonly TestDnsServer _dns = TestDnsServer.Start(CheckZones.Build());
    private readonly BotFrameworkFake _fake = new();

    public void Dispose()
    {
        _fake.Dispose();
        _dns.Dispose();
    }

    [Fact]
    public async Task PastedBounce_AnsweredWithChecksPending_ThenTheSameCardIsPutWithThem()
    {
        using var app = new NdrBotApp(Settings(_dns));
        var channel = new TeamsChannel(_fake);

        var first = TeamsChannel.CardOf(await channel.SayAsync(app.CreateClient(), "Alex Wilber", CheckPastes.Read(CheckPastes.Unauthenticated)));
        var put = Assert.Single(await PutsAsync(_fake));

        Assert.Contains(PendingNote, Texts(first), StringComparison.Ordinal);
        Assert.EndsWith("/activities/reply-1", put.RequestMessage.Path, StringComparison.Ordinal);
        var updated = TeamsChannel.CardOf(TeamsChannel.Body(put));
        Assert.Equal(["SPF contoso.test for 198.51.100.77: fail", "DMARC contoso.test: p=reject"], CheckLines(updated));
        Assert.DoesNotContain(PendingNote, Texts(updated), StringComparison.Ordinal);
        var caseId = TeamsChannel.ActionOf(first, CardVerb.Claim).CaseId;
        var stored = await app.Services.GetRequiredService<ICaseStore>().GetAsync(caseId);
        Assert.Equal("fail", stored!.Details!.Checks!.Value.GetProperty("findings")[0].GetProperty("checks")[0].GetProperty("verdict").GetString());
        Assert.Equal(1, stored.Version);
    }

    [Fact]
    public async Task ResolverDown_FirstAnswerUnchanged_TheUpdateSaysCouldNotCheck()
    {
        using var working = new NdrBotApp(Settings(_dns));
        using var down = new NdrBotApp(ResolverDown());
        using var otherFake = new BotFrameworkFake();
        var paste = CheckPastes.Read(CheckPastes.Unauthenticated);
        var usual = TeamsChannel.CardOf(await new TeamsChannel(otherFake).SayAsync(working.CreateClient(), "Alex Wilber", paste));

        var first = TeamsChannel.CardOf(await new TeamsChannel(_fake).SayAsync(down.CreateClient(), "Alex Wilber", paste));
        var put = Assert.Single(await PutsAsync(_fake));

        Assert.Equal(WithoutCase(usual), WithoutCase(first));
        var updated = TeamsChannel.CardOf(TeamsChannel.Body(put));
        Assert.Equal(["SPF contoso.test for 198.51.100.77: could not check", "DMARC contoso.test: could not check"], CheckLines(updated));
        Assert.DoesNotContain(PendingNote, Texts(updated), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterTheChecks_AClickAndTheCaseCommand_KeepTheChecksSection()
    {
        using var app = new NdrBotApp(Settings(_dns));
        var channel = new TeamsChannel(_fake);
        var client = app.CreateClient();
        var first = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", CheckPastes.Read(CheckPastes.BannedIp)));
        await PutsAsync(_fake);

        var (claimPut, reply) = await channel.ClickAsync(client, "Alex Wilber", first, CardVerb.Claim);
        var code = (await app.Services.GetRequiredService<ICaseStore>().GetAsync(TeamsChannel.ActionOf(first, CardVerb.Claim).CaseId))!.Code;
        var shown = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "case " + code));

        Assert.Contains("You have case", reply, StringComparison.OrdinalIgnoreCase);
        string[] listed = ["Blocklist 45.33.10.20 on bl.test: listed"];
        Assert.Equal(listed, CheckLines(TeamsChannel.CardOf(TeamsChannel.Body(claimPut!))));
        Assert.Equal(listed, CheckLines(shown));
        Assert.DoesNotContain(PendingNote, Texts(shown), StringComparison.Ordinal);
    }

    /// <summary>Checks that cannot be stored (a case from before details, the store refusing) still end the "checking" line.</summary>
    [Fact]
    public async Task ChecksNotStored_TheCardIsUpdatedWithoutTheCheckingLine()
    {
        using var app = new Drills.DrillApp(Settings(_dns), services: s =>
        {
            s.RemoveAll<ICaseChecksStore>();
            s.AddSingleton<ICaseChecksStore, RefusingChecksStore>();
        });
        var channel = new TeamsChannel(_fake);

        var first = TeamsChannel.CardOf(await channel.SayAsync(app.CreateClient(), "Alex Wilber", CheckPastes.Read(CheckPastes.Unauthenticated)));
        var put = Assert.Single(await PutsAsync(_fake));

        Assert.Contains(PendingNote, Texts(first), StringComparison.Ordinal);
        var updated = TeamsChannel.CardOf(TeamsChannel.Body(put));
        Assert.DoesNotContain(PendingNote, Texts(updated), StringComparison.Ordinal);
        Assert.Empty(CheckLines(updated));
    }

    [Fact]
    public async Task ChecksTurnedOff_NoPendingSection_NoUpdate_NothingStored()
    {
        using var app = new NdrBotApp(new Dictionary<string, string?>(Settings(_dns)) { ["Diagnostics:Dns:Enabled"] = "false" });
        var channel = new TeamsChannel(_fake);
        var client = app.CreateClient();

        var first = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", CheckPastes.Read(CheckPastes.Unauthenticated)));
        await channel.SayAsync(client, "Alex Wilber", "5.4.6");

        Assert.DoesNotContain("Checks", JsonWalkTexts(first));
        Assert.Empty(CheckLines(first));
        Assert.DoesNotContain(_fake.ConnectorCalls, c => c.RequestMessage.Method == "PUT");
        var stored = await app.Services.GetRequiredService<ICaseStore>().GetAsync(TeamsChannel.ActionOf(first, CardVerb.Claim).CaseId);
        Assert.Null(stored!.Details!.Checks);
        Assert.Empty(_dns.Queries);
    }

    /// <summary>A typed code has no sending IP or sender's domain to look up: it is answered without checks.</summary>
    [Fact]
    public async Task TypedCode_IsAnsweredWithoutChecks()
    {
        using var app = new NdrBotApp(Settings(_dns));
        var channel = new TeamsChannel(_fake);
        var client = app.CreateClient();

        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "5.7.26"));
        await channel.SayAsync(client, "Alex Wilber", "5.4.6");

        Assert.DoesNotContain("Checks", JsonWalkTexts(card));
        Assert.DoesNotContain(_fake.ConnectorCalls, c => c.RequestMessage.Method == "PUT");
    }

    private sealed class RefusingChecksStore : ICaseChecksStore
    {
        public Task<bool> SaveChecksAsync(string caseId, System.Text.Json.JsonElement checks, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }

    private static List<string> JsonWalkTexts(System.Text.Json.Nodes.JsonNode card) => [.. NdrBot.Tests.Shared.JsonWalk.Strings(card)];
}
