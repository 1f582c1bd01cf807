using Microsoft.Extensions.DependencyInjection;
using NdrBot.Host.Cases;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared;
using NdrBot.Triage;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Tests.Triage;

/// <summary>
/// Issue 14: a script posting "5.4.6" in a loop made 24,000 cases. New cases are limited per conversation and per
/// person; over the limit the explanation still goes out, without a case. The period is an hour here, so nothing
/// refills during a test.
/// </summary>
public sealed class CaseRateLimitTests : IDisposable
{
    private static readonly CaseScope Channel = new("msteams:tenant-1/19:triage@thread.tacv2");

    private readonly BotFrameworkFake _fake = new();

    [Fact]
    public async Task ManyQuestionsInOneConversation_OnlyTheLimitOpensCases_EveryOneIsAnswered()
    {
        using var app = App(perConversation: 3, perUser: 100);
        var client = app.CreateClient();
        var channel = new TeamsChannel(_fake);

        var cards = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            cards.Add(string.Join("\n", JsonWalk.Strings(TeamsChannel.CardOf(await channel.SayAsync(client, $"User {i}", "5.4.6")))));
        }

        Assert.Equal(3, (await app.Services.GetRequiredService<ICaseStore>().ListOpenAsync(Channel)).Count);
        Assert.All(cards, c => Assert.Contains("Mail loop", c, StringComparison.OrdinalIgnoreCase));
        Assert.All(cards.Take(3), c => Assert.DoesNotContain(CaseOpener.LimitedNotice, c, StringComparison.Ordinal));
        Assert.All(cards.Skip(3), c =>
        {
            Assert.Contains(CaseOpener.LimitedNotice, c, StringComparison.Ordinal);
            Assert.DoesNotContain("Action.Submit", c, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task OnePersonOverTheirLimit_IsAnsweredWithoutACase_OthersStillOpenCases()
    {
        using var app = App(perConversation: 100, perUser: 2);
        var client = app.CreateClient();
        var channel = new TeamsChannel(_fake);

        for (var i = 0; i < 3; i++)
        {
            await channel.SayAsync(client, "Alex Wilber", "5.4.6");
        }

        var bob = string.Join("\n", JsonWalk.Strings(TeamsChannel.CardOf(await channel.SayAsync(client, "Bob Lee", "5.4.6"))));

        var cases = await app.Services.GetRequiredService<ICaseStore>().ListOpenAsync(Channel);
        Assert.Equal(["29:Alex-Wilber", "29:Alex-Wilber", "29:Bob-Lee"], cases.Select(c => c.CreatedBy));
        Assert.DoesNotContain(CaseOpener.LimitedNotice, bob, StringComparison.Ordinal);
    }

    public void Dispose() => _fake.Dispose();

    private static NdrBotApp App(int perConversation, int perUser) => new(new Dictionary<string, string?>
    {
        ["Cases:PerConversation"] = perConversation.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cases:PerUser"] = perUser.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Cases:Period"] = "01:00:00",
    });
}
