using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task ListOpen_ReturnsOpenCasesOfTheConversationOldestFirst()
    {
        var oldest = await OpenAsync(Bounce(recipient: "a@example.com"));
        Time.Advance(TimeSpan.FromMinutes(1));
        var resolved = await OpenAsync(Bounce(recipient: "b@example.com"));
        await Store.ApplyAsync(resolved.Id, 1, new CaseAction.Resolve("bob"));
        Time.Advance(TimeSpan.FromMinutes(1));
        await OpenAsync(Bounce(recipient: "c@example.com", conversation: "slack:T1/C2"));
        var newest = await OpenAsync(Bounce(recipient: "d@example.com"));

        var open = await Store.ListOpenAsync(Here);

        Assert.Equal([oldest.Id, newest.Id], open.Select(c => c.Id));
    }

    [Fact]
    public async Task ListByOwner_ReturnsOnlyOpenCasesTheUserOwns()
    {
        var mine = await OpenAsync(Bounce(recipient: "a@example.com"));
        var done = await OpenAsync(Bounce(recipient: "b@example.com"));
        var theirs = await OpenAsync(Bounce(recipient: "c@example.com", conversation: "slack:T1/C2"));
        await Store.ApplyAsync(mine.Id, 1, new CaseAction.Claim("bob"));
        await Store.ApplyAsync(done.Id, 1, new CaseAction.Claim("bob"));
        await Store.ApplyAsync(done.Id, 2, new CaseAction.Resolve("bob"));
        await Store.ApplyAsync(theirs.Id, 1, new CaseAction.Claim("carol"));

        Assert.Equal([mine.Id], (await Store.ListByOwnerAsync(Here, ["bob"])).Select(c => c.Id));
    }

    [Fact]
    public async Task Stats_CountsByCodeAndReasonOver7And30Days()
    {
        await OpenAsync(new NewCase { Conversation = Channel, CreatedBy = "a", Codes = ["5.7.1", "550"], Recipients = ["x@example.com"], Reason = "blocked" });
        Time.Advance(TimeSpan.FromDays(15));
        await OpenAsync(Bounce(recipient: "y@example.com"));
        await OpenAsync(Bounce(recipient: "y@example.com"));
        await OpenAsync(Bounce(recipient: "z@example.com", conversation: "slack:T1/C2") with { Reason = null });
        Time.Advance(TimeSpan.FromDays(10));
        await OpenAsync(Bounce(recipient: "w@example.com", code: "4.2.2") with { Reason = "mailboxfull" });

        var stats = await Store.StatsAsync(Here, Time);
        var everywhere = await Store.StatsAsync(null, Time.GetUtcNow().AddDays(-30));

        Assert.Equal((1, 0), (stats.Last7Days.Cases, stats.Last7Days.Repeats));
        Assert.Equal(new Dictionary<string, int> { ["4.2.2"] = 1 }, stats.Last7Days.ByCode);
        Assert.Equal((3, 1), (stats.Last30Days.Cases, stats.Last30Days.Repeats));
        Assert.Equal(new Dictionary<string, int> { ["5.7.1"] = 1, ["550"] = 1, ["5.1.1"] = 1, ["4.2.2"] = 1 }, stats.Last30Days.ByCode);
        Assert.Equal(new Dictionary<string, int> { ["blocked"] = 1, ["userunknown"] = 1, ["mailboxfull"] = 1 }, stats.Last30Days.ByReason);
        Assert.Equal(4, everywhere.Cases);
        Assert.Equal(1, everywhere.ByReason["undefined"]);
        Assert.Equal(2, everywhere.ByCode["5.1.1"]);
    }

    [Fact]
    public async Task Digest_CountsTheWholeHistoryAndKeepsOnlyTheLastNotesOldestFirst()
    {
        var opened = await OpenAsync();
        var version = opened.Version;
        foreach (var text in new[] { "first", "second", "third", "fourth" })
        {
            Time.Advance(TimeSpan.FromMinutes(1));
            var applied = (ApplyResult.Applied)await Store.ApplyAsync(opened.Id, version, new CaseAction.AddNote("dana", text));
            version = applied.Case.Version;
        }

        await Store.ApplyAsync(opened.Id, version, new CaseAction.Claim("bob"));
        await Store.OpenOrAttachAsync(Bounce(by: "erin"));
        await OpenAsync(Bounce(recipient: "other@example.com"));

        var digest = await Store.DigestAsync(opened.Id, 3);
        var history = await Store.HistoryAsync(opened.Id);
        var notes = await Store.NotesAsync(opened.Id);

        Assert.Equal(7, history.Count);
        Assert.Equal(history.Count, digest.HistoryCount);
        Assert.Equal(["second", "third", "fourth"], digest.LastNotes.Select(n => n.Text));
        Assert.Equal(notes.TakeLast(3), digest.LastNotes);
        Assert.Equal(0, (await Store.DigestAsync("C-NONE", 3)).HistoryCount);
        Assert.Empty((await Store.DigestAsync(opened.Id, 0)).LastNotes);
    }

    [Fact]
    public async Task OpenOrAttach_CarriesTheDigest_AsDigestAsyncGivesItRightAfter()
    {
        var first = await Store.OpenOrAttachAsync(Bounce(), 2);
        Assert.Equal(await Store.DigestAsync(first.Case.Id, 2), first.Digest, DigestComparer);
        Assert.Equal(1, first.Digest.HistoryCount);

        var version = first.Case.Version;
        foreach (var text in new[] { "first", "second", "third" })
        {
            version = ((ApplyResult.Applied)await Store.ApplyAsync(first.Case.Id, version, new CaseAction.AddNote("dana", text))).Case.Version;
        }

        var repeat = await Store.OpenOrAttachAsync(Bounce(by: "erin"), 2);

        Assert.True(repeat.Attached);
        Assert.Equal(await Store.DigestAsync(first.Case.Id, 2), repeat.Digest, DigestComparer);
        Assert.Equal(5, repeat.Digest.HistoryCount);
        Assert.Equal(["second", "third"], repeat.Digest.LastNotes.Select(n => n.Text));
        Assert.Empty((await Store.OpenOrAttachAsync(Bounce(by: "frank"))).Digest.LastNotes);
    }

    private static readonly EqualityComparer<CaseDigest> DigestComparer = EqualityComparer<CaseDigest>.Create(
        (a, b) => a!.HistoryCount == b!.HistoryCount && a.LastNotes.SequenceEqual(b.LastNotes), d => d.HistoryCount);
}
