using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared;
using NdrBot.Triage;

namespace NdrBot.Host.Tests.Triage;

/// <summary>
/// Issue 14, defect 1: a case belongs to the conversation it was opened in. Any other conversation, tenant or the web
/// chat is answered exactly as if the case did not exist, nothing changes, and the attempt is logged with both scopes.
/// </summary>
public sealed class CaseScopeTests : IDisposable
{
    private const string Bounce = "Delivery has failed to these recipients: jhon@example.com\nRemote server returned '550 5.1.1 User unknown'";

    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task CaseCommand_FromAnotherConversationTenantOrTheWebChat_AnswersExactlyAsAMissingCase()
    {
        var client = _app.CreateClient();
        var (key, code) = await OpenCaseAsync(client);
        var missing = code == "C-2222" ? "C-3333" : "C-2222";
        var otherConversation = new TeamsChannel(_fake, "19:other@thread.tacv2");
        var otherTenant = new TeamsChannel(_fake, tenant: "tenant-2");

        var expected = await CardTextAsync(otherConversation, client, "case " + missing);
        Assert.Contains("There is no case " + missing, expected, StringComparison.Ordinal);
        foreach (var (who, asked) in new[] { (otherConversation, code), (otherConversation, key), (otherTenant, code), (otherTenant, key) })
        {
            var answer = await CardTextAsync(who, client, "case " + asked);
            Assert.Equal(expected.Replace(missing, asked, StringComparison.Ordinal), answer);
        }

        using var webChat = await client.PostAsJsonAsync("/api/webchat", new { text = "case " + code });
        Assert.Contains("There is no case " + code, await webChat.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(_app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("msteams:tenant-1/19:triage@thread.tacv2", StringComparison.Ordinal)
            && e.Message.Contains("msteams:tenant-2/19:triage@thread.tacv2", StringComparison.Ordinal));
        Assert.Contains(code, await CardTextAsync(new TeamsChannel(_fake), client, "case " + code), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CardAction_WithAnotherConversationsCase_IsAnsweredAsMissing_AndChangesNothing()
    {
        var client = _app.CreateClient();
        var (key, _) = await OpenCaseAsync(client);
        var intruder = new TeamsChannel(_fake, "19:other@thread.tacv2", "tenant-2");

        foreach (var verb in new[] { CardVerb.Claim, CardVerb.TakeOver, CardVerb.Resolve, CardVerb.Note })
        {
            var (put, reply) = await intruder.SubmitAsync(client, "Mallory", new CardAction { Verb = verb, CaseId = key, Version = 1, Note = verb == CardVerb.Note ? "pwned" : null });
            Assert.Null(put);
            Assert.Equal($"There is no case {key}; it may have been made on another NdrBot.", reply);
        }

        var stored = await _app.Services.GetRequiredService<ICaseStore>().GetAsync(key);
        Assert.Equal((1, null), (stored!.Version, stored.Owner));
        Assert.Single(await _app.Services.GetRequiredService<ICaseStore>().HistoryAsync(key));
        Assert.Contains(_app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(key, StringComparison.Ordinal)
            && e.Message.Contains("msteams:tenant-2/19:other@thread.tacv2", StringComparison.Ordinal));
    }

    [Fact]
    public async Task WebChatCardRoute_WithATeamsCasesKey_Is404LikeAMissingCase_AndLogged()
    {
        var client = _app.CreateClient();
        var (key, code) = await OpenCaseAsync(client);

        using var missing = await client.GetAsync(new Uri("/api/webchat/cards/case-aaaaaaaaaaaaaaaaaaaaaaaa", UriKind.Relative));
        using var byKey = await client.GetAsync(new Uri("/api/webchat/cards/" + key, UriKind.Relative));
        using var byCode = await client.GetAsync(new Uri("/api/webchat/cards/" + code, UriKind.Relative));

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound), (missing.StatusCode, byKey.StatusCode, byCode.StatusCode));
        Assert.Equal(await missing.Content.ReadAsStringAsync(), await byKey.Content.ReadAsStringAsync());
        Assert.Contains(_app.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains(key, StringComparison.Ordinal)
            && e.Message.Contains("webchat:local/webchat", StringComparison.Ordinal));
    }

    /// <summary>Issue 14, defect 2: someone else with the same display name is someone else.</summary>
    [Fact]
    public async Task SameDisplayNameOtherId_IsNotTheOwner()
    {
        var client = _app.CreateClient();
        var channel = new TeamsChannel(_fake);
        var impostor = new TeamsChannel(_fake, idOf: _ => "29:someone-else");
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", Bounce));
        var (claimPut, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
        var claimed = TeamsChannel.CardOf(TeamsChannel.Body(claimPut!));

        var mine = await CardTextAsync(impostor, client, "mine", "Alex Wilber");
        var (_, claimAgain) = await impostor.ClickAsync(client, "Alex Wilber", claimed.DeepClone(), CardVerb.Release);

        Assert.Contains("You have no open cases here", mine, StringComparison.Ordinal);
        Assert.Contains("only they can release it", claimAgain, StringComparison.Ordinal);
        Assert.Contains("1 open case,", await CardTextAsync(channel, client, "mine", "Alex Wilber"), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    private async Task<(string Key, string Code)> OpenCaseAsync(HttpClient client)
    {
        var card = TeamsChannel.CardOf(await new TeamsChannel(_fake).SayAsync(client, "Alex Wilber", Bounce));
        var key = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;
        return (key, (await _app.Services.GetRequiredService<ICaseStore>().GetAsync(key))!.Code);
    }

    private static async Task<string> CardTextAsync(TeamsChannel channel, HttpClient client, string text, string user = "Bob Lee") =>
        string.Join("\n", JsonWalk.Strings(TeamsChannel.CardOf(await channel.SayAsync(client, user, text))));
}
