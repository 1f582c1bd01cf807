using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

/// <summary>Issue 14: a case is found and listed only from its own conversation; people are recorded by id, shown by name.</summary>
public abstract partial class CaseStoreTests
{
    private static readonly CaseScope Elsewhere = new("slack:T9/C9");

    [Fact]
    public async Task Find_ByCodeOrKey_OnlyInTheCasesConversation()
    {
        var opened = await OpenAsync();

        Assert.Equal(opened.Id, (await Store.FindAsync(Here, opened.Code))?.Id);
        Assert.Equal(opened.Id, (await Store.FindAsync(Here, opened.Code.ToLowerInvariant()))?.Id);
        Assert.Equal(opened.Id, (await Store.FindAsync(Here, opened.Id))?.Id);
        Assert.Null(await Store.FindAsync(Elsewhere, opened.Code));
        Assert.Null(await Store.FindAsync(Elsewhere, opened.Id));
    }

    [Fact]
    public async Task ListsAndStats_OtherConversations_SeeNothing()
    {
        var opened = await OpenAsync();
        await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("bob"));

        Assert.Empty(await Store.ListOpenAsync(Elsewhere));
        Assert.Empty(await Store.ListByOwnerAsync(Elsewhere, ["bob"]));
        Assert.Equal(0, (await Store.StatsAsync(Elsewhere, Time.GetUtcNow().AddDays(-1))).Cases);
        Assert.Equal([opened.Id], (await Store.ListByOwnerAsync(Here, ["bob"])).Select(c => c.Id));
    }

    [Fact]
    public async Task People_RecordedById_ShownByName()
    {
        var opened = await OpenAsync(Bounce(by: "aad-alex") with { CreatedByName = "Alex Wilber" });

        var claimed = await Store.ApplyAsync(opened.Id, 1, new CaseAction.Claim("aad-alex") { ActorName = "Alex Wilber" });
        await Store.ApplyAsync(opened.Id, 2, new CaseAction.AddNote("aad-bob", "called them") { ActorName = "Bob Lee" });
        var sameName = await Store.ApplyAsync(opened.Id, 3, new CaseAction.Claim("aad-impostor") { ActorName = "Alex Wilber" });
        var stored = await Store.GetAsync(opened.Id);

        Assert.IsType<ApplyResult.Applied>(claimed);
        Assert.Equal(("aad-alex", "Alex Wilber", "Alex Wilber"), (stored!.Owner, stored.OwnerName, stored.CreatedByName));
        Assert.Equal("claimed by Alex Wilber", Assert.IsType<ApplyResult.Refused>(sameName).Reason);
        Assert.Equal("Bob Lee", Assert.Single((await Store.DigestAsync(opened.Id, 3)).LastNotes).Author);
        Assert.Equal("aad-bob", (await Store.HistoryAsync(opened.Id))[2].Actor);
    }

    [Fact]
    public async Task Scope_WithAFormerKey_FindsCasesKeyedTheOldWay()
    {
        var legacy = await OpenAsync(Bounce(conversation: "msteams:19:old@thread.tacv2"));
        var scope = new CaseScope("msteams:tenant-1/19:old@thread.tacv2", "msteams:19:old@thread.tacv2");

        Assert.Equal(legacy.Id, (await Store.FindAsync(scope, legacy.Code))?.Id);
        Assert.Equal([legacy.Id], (await Store.ListOpenAsync(scope)).Select(c => c.Id));
        Assert.True(scope.Holds(legacy));
        Assert.False(new CaseScope("msteams:tenant-1/19:old@thread.tacv2").Holds(legacy));
    }
}
