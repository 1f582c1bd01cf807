using System.Text.Json.Nodes;
using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;
using NdrBot.Host.Tests.Support;
using NdrBot.Tests.Shared;

namespace NdrBot.Host.Tests.Triage;

/// <summary>
/// Issue 16 §2: a case's card stays true after every action. The card everyone sees is rebuilt from the findings the
/// first answer showed (recipient, code, reason, remote server, the server's words), not from re-read text.
/// </summary>
public sealed class CaseCardTests : IDisposable
{
    public const string PostfixBounce = """
        This is the mail system at host mail.example.com.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <jane.doe@contoso.com>: host contoso-com.mail.protection.outlook.com[52.101.1.1]
            said: 550 5.7.606 Access denied, banned sending IP [203.0.113.9]. To
            request removal from this list please visit https://sender.office.com/
            (in reply to RCPT TO command)
        """;

    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task PastedBounce_EveryAction_TheUpdatedCardKeepsEveryFinding()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", PostfixBounce));
        var title = CodeCatalogue.Default.Lookup("5.7.606")!.Entry.Title;
        string[] findings =
        [
            "jane.doe@contoso.com", "5.7.606 (550)", title, "contoso-com.mail.protection.outlook.com", "550 5.7.606 Access denied, banned sending IP [203.0.113.9].",
            "Final: the sending server has stopped trying",
        ];
        AssertShows(card, findings);
        Assert.DoesNotContain(Texts(card), t => t.StartsWith("said:", StringComparison.Ordinal) || t.Contains("mail.example.com", StringComparison.Ordinal));

        (string User, CardVerb Verb, string? Note)[] clicks =
        [
            ("Alex Wilber", CardVerb.Claim, null), ("Bob Lee", CardVerb.Note, "Asked Microsoft to delist the IP"),
            ("Bob Lee", CardVerb.TakeOver, null), ("Bob Lee", CardVerb.Release, null), ("Alex Wilber", CardVerb.Claim, null),
            ("Alex Wilber", CardVerb.Resolve, null), ("Bob Lee", CardVerb.Reopen, null),
        ];
        foreach (var (user, verb, note) in clicks)
        {
            var (put, reply) = await channel.ClickAsync(client, user, card, verb, note);
            Assert.True(put is not null, $"{verb} by {user} put no card: {reply}");
            card = TeamsChannel.CardOf(TeamsChannel.Body(put));
            AssertShows(card, findings, $"after {verb} by {user}");
        }
    }

    /// <summary>A bounce naming more recipients than the analyser keeps is counted in full, on every later card too.</summary>
    [Fact]
    public async Task BounceWithMoreRecipientsThanKept_AfterClaim_TheCardStillCountsThemAll()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var lines = Enumerable.Range(1, 250).Select(i => $"<user{i}@contoso.com>: host mx.contoso.com[52.101.1.1] said: 550 5.1.1 User unknown");
        var paste = "This is the mail system at host mail.example.com.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients.\n\n"
            + string.Join("\n", lines) + "\n";
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", paste));
        AssertShows(card, ["of 250 failed recipients"]);

        var (put, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);

        AssertShows(TeamsChannel.CardOf(TeamsChannel.Body(put!)), ["of 250 failed recipients"], "after Claim");
    }

    /// <summary>"552" and "5.4.6" asked together are two findings; read again as "552 5.4.6" they became one.</summary>
    [Fact]
    public async Task QuestionWithABareReplyCode_AfterClaim_TheCardStillExplainsBothCodes()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "we see error 552 and also 5.4.6"));
        string[] codes = [CodeCatalogue.Default.Lookup("552")!.Entry.Title, CodeCatalogue.Default.Lookup("5.4.6")!.Entry.Title];
        AssertShows(card, codes);

        var (put, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);

        var claimed = TeamsChannel.CardOf(TeamsChannel.Body(put!));
        AssertShows(claimed, codes);
    }

    [Fact]
    public async Task ClaimedCaseInAChannel_OwnerCanRelease_OthersAreToldToTakeOver()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", PostfixBounce));
        var (claimPut, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
        var claimed = TeamsChannel.CardOf(TeamsChannel.Body(claimPut!));

        var (_, bobReleases) = await channel.ClickAsync(client, "Bob Lee", claimed, CardVerb.Release);
        var (_, alexTakesOver) = await channel.ClickAsync(client, "Alex Wilber", claimed, CardVerb.TakeOver);
        var (releasePut, alexReleases) = await channel.ClickAsync(client, "Alex Wilber", claimed, CardVerb.Release);

        Assert.Contains("only they can release it", bobReleases, StringComparison.Ordinal);
        Assert.Contains("already yours", alexTakesOver, StringComparison.Ordinal);
        Assert.Contains("You released case", alexReleases, StringComparison.Ordinal);
        var released = TeamsChannel.CardOf(TeamsChannel.Body(releasePut!));
        Assert.Equal(CardVerb.Claim, TeamsChannel.ActionOf(released, CardVerb.Claim).Verb);
        Assert.Contains("nobody yet", Texts(released));
    }

    [Fact]
    public async Task TelstraQuestionWithACode_AnswersTheCodeWithTheChecklist()
    {
        var channel = new TeamsChannel(_fake);

        var card = TeamsChannel.CardOf(await channel.SayAsync(_app.CreateClient(), "Alex Wilber", "our emails to bigpond bounce with 552 message size exceeds limit"));

        var texts = Texts(card);
        Assert.Contains(texts, t => t.Contains(CodeCatalogue.Default.Lookup("552")!.Entry.Title, StringComparison.Ordinal));
        Assert.Contains(texts, t => t.Contains("SMTP Mass Mail", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ChecklistOnlyCase_InStats_CountsAsTheChecklist()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        await channel.SayAsync(client, "Alex Wilber", "how do we get telstra mass mail turned on?");

        var stats = Texts(TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", "stats")));

        Assert.Contains(stats, t => t.Contains("reason checklist: telstra-mass-mail: ", StringComparison.Ordinal));
        Assert.DoesNotContain(stats, t => t.Contains("undefined", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    private static List<string> Texts(JsonNode card) => [.. JsonWalk.Strings(card)];

    private static void AssertShows(JsonNode card, string[] expected, string when = "on the first card")
    {
        var all = string.Join("\n", Texts(card));
        foreach (var text in expected)
        {
            Assert.True(all.Contains(text, StringComparison.Ordinal), $"'{text}' missing {when}:\n{all}");
        }
    }
}
