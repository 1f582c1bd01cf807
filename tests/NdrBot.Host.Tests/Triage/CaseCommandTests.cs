using NdrBot.Cards.Model;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;

namespace NdrBot.Host.Tests.Triage;

/// <summary><c>@ndrbot cases</c>, <c>case &lt;id&gt;</c>, <c>mine</c> and <c>stats</c> go through the same pipeline.</summary>
public sealed class CaseCommandTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task CasesMineStatsAndCase_AfterTwoPastesAndAClaim_ListAndCountThem()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var first = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "550 5.1.1 for jhon@example.com"));
        await channel.SayAsync(client, "Bob Lee", "452 4.2.2 mailbox full for ann@example.org");
        await channel.ClickAsync(client, "Alex Wilber", first, CardVerb.Claim);
        var caseId = TeamsChannel.ActionOf(first, CardVerb.Claim).CaseId;
        var code = (await _app.Services.GetRequiredService<ICaseStore>().GetAsync(caseId))!.Code;

        var cases = TeamsChannel.CardOf(await channel.SayAsync(client, "Bob Lee", "cases")).ToJsonString();
        var mine = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "mine")).ToJsonString();
        var stats = TeamsChannel.CardOf(await channel.SayAsync(client, "Bob Lee", "stats")).ToJsonString();
        var one = TeamsChannel.CardOf(await channel.SayAsync(client, "Bob Lee", "case " + code.ToLowerInvariant()));

        Assert.Contains("2 open cases", cases, StringComparison.Ordinal);
        Assert.True(cases.IndexOf(code, StringComparison.Ordinal) < cases.IndexOf("4.2.2", StringComparison.Ordinal), "oldest first");
        Assert.Contains("owner Alex Wilber", cases, StringComparison.Ordinal);
        Assert.Contains("unclaimed", cases, StringComparison.Ordinal);
        Assert.Contains("1 open case,", mine, StringComparison.Ordinal);
        Assert.Contains(code, mine, StringComparison.Ordinal);
        Assert.Contains("Last 7 days: 2 cases", stats, StringComparison.Ordinal);
        Assert.Contains("code 5.1.1: ", stats, StringComparison.Ordinal);
        Assert.Contains("\\u2588", stats, StringComparison.Ordinal); // the bar character, JSON-escaped
        Assert.Equal(caseId, TeamsChannel.ActionOf(one, CardVerb.TakeOver).CaseId);
        Assert.DoesNotContain(caseId, cases + mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Case_UnknownId_SaysSo()
    {
        var channel = new TeamsChannel(_fake);

        var card = TeamsChannel.CardOf(await channel.SayAsync(_app.CreateClient(), "Bob Lee", "case C-ZZZZ")).ToJsonString();

        Assert.Contains("There is no case C-ZZZZ", card, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }
}
