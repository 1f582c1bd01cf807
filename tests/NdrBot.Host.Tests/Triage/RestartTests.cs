using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;

namespace NdrBot.Host.Tests.Triage;

public sealed class RestartTests : IDisposable
{
    private readonly BotFrameworkFake _fake = new();
    private readonly string _database = TestDatabases.NewSqlitePath();

    [Fact]
    public async Task CaseHistory_AfterHostRestart_IsStillThereAndActionable()
    {
        var channel = new TeamsChannel(_fake);
        string caseId;
        JsonNode claimed;
        using (var first = App())
        {
            var client = first.CreateClient();
            var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "550 5.1.1 for jhon@example.com"));
            caseId = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;
            var (put, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
            claimed = TeamsChannel.CardOf(TeamsChannel.Body(put!)).DeepClone();
        }

        using var second = App();
        var again = second.CreateClient();
        var (resolvePut, reply) = await channel.ClickAsync(again, "Bob Lee", claimed, CardVerb.Resolve);

        Assert.Contains("is resolved", reply, StringComparison.Ordinal);
        Assert.Equal("/amer/v3/conversations/19:triage@thread.tacv2/activities/reply-1", resolvePut!.RequestMessage.Path);
        var history = await second.Services.GetRequiredService<ICaseStore>().HistoryAsync(caseId);
        Assert.Equal(3, history.Count);
    }

    public void Dispose()
    {
        _fake.Dispose();
        TestDatabases.DeleteSqlite(_database);
    }

    private NdrBotApp App() => new(new Dictionary<string, string?> { ["Storage:SqlitePath"] = _database });
}
