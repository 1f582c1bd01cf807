using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task Claim_UnownedCase_SetsOwnerAndBumpsVersion()
    {
        var opened = await OpenAsync();
        Time.Advance(TimeSpan.FromMinutes(3));

        var result = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("bob")));

        Assert.Equal(("bob", 2), (result.Case.Owner, result.Case.Version));
        Assert.Equal((2, "bob", CaseVerb.Claimed, Time.GetUtcNow()), (result.Event.Seq, result.Event.Actor, result.Event.Verb, result.Event.At));
        Assert.Equal(result.Case, await Store.GetAsync(opened.Id), CaseComparer.Instance);
        Assert.Equal([opened.Id], (await Store.ListByOwnerAsync(Here, ["bob"])).Select(c => c.Id));
    }

    [Fact]
    public async Task Claim_SecondClaimer_IsRefusedWithOwnerAndRecorded()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("bob"));

        var refused = Assert.IsType<ApplyResult.Refused>(await Store.ApplyAsync(opened.Id, 2, new CaseAction.Claim("carol")));

        Assert.Equal("claimed by bob", refused.Reason);
        Assert.Equal(("bob", 2), (refused.Case.Owner, refused.Case.Version));
        var last = (await Store.HistoryAsync(opened.Id))[^1];
        Assert.Equal(("carol", CaseVerb.ClaimRefused, "claimed by bob"), (last.Actor, last.Verb, last.Text));
    }

    [Fact]
    public async Task TakeOver_Explicit_ReplacesOwner()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("bob"));

        var taken = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 2, new CaseAction.TakeOver("carol")));

        Assert.Equal(("carol", 3), (taken.Case.Owner, taken.Case.Version));
        Assert.Equal((CaseVerb.TookOver, "from bob"), (taken.Event.Verb, taken.Event.Text));
        Assert.Empty(await Store.ListByOwnerAsync(Here, ["bob"]));
    }

    [Fact]
    public async Task AddNote_RecordsNoteWithAuthorAndTime()
    {
        var opened = await OpenAsync();
        Time.Advance(TimeSpan.FromMinutes(7));

        await Store.ApplyAsync(opened.Id, 1, new CaseAction.AddNote("dana", "  asked the recipient's admin  "));

        var note = Assert.Single(await Store.NotesAsync(opened.Id));
        Assert.Equal(new Note(opened.Id, "dana", "asked the recipient's admin", Time.GetUtcNow()), note);
    }

    [Fact]
    public async Task Resolve_ThenReopen_KeepsResolutionInHistoryOnly()
    {
        var opened = await OpenAsync();

        var resolved = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 1, new CaseAction.Resolve("bob", "mailbox recreated")));
        Assert.Equal((CaseStatus.Resolved, "mailbox recreated"), (resolved.Case.Status, resolved.Case.Resolution));
        Assert.Empty(await Store.ListOpenAsync(Here));

        var reopened = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 2, new CaseAction.Reopen("carol")));

        Assert.Equal((CaseStatus.Open, null, 3), (reopened.Case.Status, reopened.Case.Resolution, reopened.Case.Version));
        var history = await Store.HistoryAsync(opened.Id);
        Assert.Equal([CaseVerb.Opened, CaseVerb.Resolved, CaseVerb.Reopened], history.Select(e => e.Verb));
        Assert.Equal("mailbox recreated", history[1].Text);
    }

    [Fact]
    public async Task Resolve_AlreadyResolved_IsRefusedAndRecorded()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.Resolve("bob"));

        var refused = Assert.IsType<ApplyResult.Refused>(await Store.ApplyAsync(opened.Id, 2, new CaseAction.Resolve("carol")));

        Assert.Equal(("already resolved", 2), (refused.Reason, refused.Case.Version));
        Assert.Equal(CaseVerb.Refused, (await Store.HistoryAsync(opened.Id))[^1].Verb);
    }

    [Fact]
    public async Task Apply_StaleVersion_IsRefusedWithCurrentStateAndRecorded()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.AddNote("bob", "looking"));

        var stale = Assert.IsType<ApplyResult.Stale>(await Store.ApplyAsync(opened.Id, 1, new CaseAction.Resolve("carol")));

        Assert.Equal((CaseStatus.Open, 2), (stale.Case.Status, stale.Case.Version));
        Assert.Equal(stale.Case, await Store.GetAsync(opened.Id), CaseComparer.Instance);
        Assert.Equal(("carol", CaseVerb.StaleRefused), (stale.Event.Actor, stale.Event.Verb));
        Assert.Equal(3, (await Store.HistoryAsync(opened.Id)).Count);
    }

    [Fact]
    public async Task Apply_UnknownCase_ReturnsNotFound()
    {
        var result = await Store.ApplyAsync("C-ZZZZ", 1, new CaseAction.Claim("bob"));

        Assert.Equal(new ApplyResult.NotFound("C-ZZZZ"), result);
        Assert.Null(await Store.GetAsync("C-ZZZZ"));
        Assert.Empty(await Store.HistoryAsync("C-ZZZZ"));
    }

    [Fact]
    public async Task ToggleChecklistStep_TicksThenUnticks()
    {
        var opened = await OpenAsync(Bounce() with { ChecklistId = "telstra-smtp-mass-mail" });

        var ticked = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 1, new CaseAction.ToggleChecklistStep("bob", "register-ip")));
        Assert.Equal(["register-ip"], ticked.Case.ChecklistDone);
        var unticked = Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 2, new CaseAction.ToggleChecklistStep("bob", "register-ip")));

        Assert.Empty(unticked.Case.ChecklistDone);
        Assert.Equal("register-ip not done", unticked.Event.Text);
        Assert.Equal(("telstra-smtp-mass-mail", 0), ((await Store.GetAsync(opened.Id))!.ChecklistId, (await Store.GetAsync(opened.Id))!.ChecklistDone.Count));
    }

    [Fact]
    public async Task ToggleChecklistStep_CaseWithoutChecklist_IsRefused()
    {
        var opened = await OpenAsync();

        var refused = Assert.IsType<ApplyResult.Refused>(await Store.ApplyAsync(opened.Id, 1, new CaseAction.ToggleChecklistStep("bob", "register-ip")));

        Assert.Equal("the case carries no checklist", refused.Reason);
    }

    [Fact]
    public async Task History_SurvivesRestartingTheStore()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("bob"));
        await Store.ApplyAsync(opened.Id, 2, new CaseAction.AddNote("bob", "called them"));
        var before = await Store.HistoryAsync(opened.Id);

        await RestartAsync();

        Assert.Equal(before, await Store.HistoryAsync(opened.Id));
        var after = await Store.GetAsync(opened.Id);
        Assert.Equal(("bob", 3), (after!.Owner, after.Version));
        Assert.IsType<ApplyResult.Applied>(await Store.ApplyAsync(opened.Id, 3, new CaseAction.Resolve("bob")));
    }
}
