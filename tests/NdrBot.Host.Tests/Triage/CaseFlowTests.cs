using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using NdrBot.Cards.Model;
using NdrBot.Host.Tests.Support;
using NdrBot.Triage;

namespace NdrBot.Host.Tests.Triage;

/// <summary>Issue 7 in a Teams channel: a paste opens a case, two people act on it and the card changes for both.</summary>
public sealed partial class CaseFlowTests : IDisposable
{
    private const string Bounce = "Delivery has failed to these recipients: jhon@example.com\nRemote server returned '550 5.1.1 User unknown'";

    private readonly BotFrameworkFake _fake = new();
    private readonly NdrBotApp _app = NdrBotApp.DevMode();

    [Fact]
    public async Task Paste_InChannel_OpensCaseAndSavesTheCardReference()
    {
        var channel = new TeamsChannel(_fake);

        var card = TeamsChannel.CardOf(await channel.SayAsync(_app.CreateClient(), "Alex Wilber", Bounce));

        var caseId = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;
        Assert.Matches(CaseKeyPattern(), caseId);
        Assert.Contains("nobody yet", card.ToJsonString(), StringComparison.Ordinal);
        var stored = await _app.Services.GetRequiredService<ICaseStore>().GetAsync(caseId);
        Assert.Equal("msteams:tenant-1/19:triage@thread.tacv2", stored!.Conversation);
        Assert.Matches(CaseCodePattern(), stored.Code);
        Assert.Equal(("29:Alex-Wilber", "Alex Wilber"), (stored.CreatedBy, stored.CreatedByName));

        // Note: the reply worker saves the reference just after the Connector took the card; on a busy machine the
        // test can read before that, so wait for it (bounded).
        var references = _app.Services.GetRequiredService<ICardReferenceStore>();
        var reference = await Drills.Eventually.WaitAsync<NdrBot.Triage.Delivery.CardReference?>(() => references.GetCardReferenceAsync(caseId), r => r is not null);
        Assert.Equal("reply-1", reference!.MessageId);
        Assert.Equal(_fake.ServiceUrl, reference.ServiceUrl);
    }

    [Fact]
    public async Task SamePasteTwice_AttachesToTheOpenCase_AndTheCardSaysSo()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var first = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", Bounce));

        var second = TeamsChannel.CardOf(await channel.SayAsync(client, "Bob Lee", Bounce));

        Assert.Equal(TeamsChannel.ActionOf(first, CardVerb.Claim).CaseId, TeamsChannel.ActionOf(second, CardVerb.Claim).CaseId);
        Assert.Contains("Seen before", second.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoPeople_ClaimNoteResolve_EachActionPutsTheUpdatedCard()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", Bounce));
        var caseId = TeamsChannel.ActionOf(card, CardVerb.Claim).CaseId;

        var (claimPut, claimReply) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
        Assert.Contains("You have case", claimReply, StringComparison.Ordinal);
        Assert.Equal("/amer/v3/conversations/19:triage@thread.tacv2/activities/reply-1", claimPut!.RequestMessage.Path);
        var claimed = TeamsChannel.CardOf(TeamsChannel.Body(claimPut));
        Assert.Contains("Alex Wilber", claimed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(2, TeamsChannel.ActionOf(claimed, CardVerb.Note).Version);

        var (notePut, noteReply) = await channel.ClickAsync(client, "Bob Lee", claimed, CardVerb.Note, "Customer typed jhon, asked for the right address");
        Assert.Contains("Note added", noteReply, StringComparison.Ordinal);
        var noted = TeamsChannel.CardOf(TeamsChannel.Body(notePut!));
        Assert.Contains("asked for the right address", noted.ToJsonString(), StringComparison.Ordinal);

        var (resolvePut, resolveReply) = await channel.ClickAsync(client, "Bob Lee", noted, CardVerb.Resolve);
        Assert.Contains("is resolved", resolveReply, StringComparison.Ordinal);
        var resolved = TeamsChannel.CardOf(TeamsChannel.Body(resolvePut!)).ToJsonString();
        Assert.Contains("Resolved", resolved, StringComparison.Ordinal);
        Assert.Contains("Reopen", resolved, StringComparison.Ordinal);
        var history = await _app.Services.GetRequiredService<ICaseStore>().HistoryAsync(caseId);
        Assert.Equal(["Alex Wilber", "Alex Wilber", "Bob Lee", "Bob Lee"], history.Select(e => e.ActorName));
        Assert.Equal(["29:Alex-Wilber", "29:Alex-Wilber", "29:Bob-Lee", "29:Bob-Lee"], history.Select(e => e.Actor));
    }

    [Fact]
    public async Task Claim_FromAStaleCard_IsRefusedWithWhoHasIt()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", Bounce));
        await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);

        var (put, reply) = await channel.ClickAsync(client, "Bob Lee", card, CardVerb.Claim);

        Assert.Contains("out of date", reply, StringComparison.Ordinal);
        Assert.Contains("Alex Wilber has case", reply, StringComparison.Ordinal);
        var current = TeamsChannel.CardOf(TeamsChannel.Body(put!));
        Assert.Equal(2, TeamsChannel.ActionOf(current, CardVerb.TakeOver).Version);
    }

    [Fact]
    public async Task Claim_WhenSomeoneHasIt_OffersTakeOver()
    {
        var channel = new TeamsChannel(_fake);
        var client = _app.CreateClient();
        var card = TeamsChannel.CardOf(await channel.SayAsync(client, "Alex Wilber", Bounce));
        var (claimPut, _) = await channel.ClickAsync(client, "Alex Wilber", card, CardVerb.Claim);
        var current = TeamsChannel.CardOf(TeamsChannel.Body(claimPut!)).DeepClone();

        // Bob's card is current, but shows Claim (as Slack's would after a rerender race); the claim is refused.
        var claimData = TeamsChannel.ActionOf(current, CardVerb.TakeOver) with { Verb = CardVerb.Claim };
        current["actions"]![0]!["title"] = "Claim";
        current["actions"]![0]!["data"] = claimData.ToJson();
        var (_, reply) = await channel.ClickAsync(client, "Bob Lee", current, CardVerb.Claim);

        Assert.Equal("Alex Wilber has it. Take over?", reply);
    }

    public void Dispose()
    {
        _app.Dispose();
        _fake.Dispose();
    }

    [GeneratedRegex("^C-[0-9A-Z]{4}$")]
    private static partial Regex CaseCodePattern();

    [GeneratedRegex("^case-[0-9a-z]{24}$")]
    private static partial Regex CaseKeyPattern();
}
