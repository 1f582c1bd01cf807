using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Storage;

public abstract partial class CaseStoreTests
{
    [Fact]
    public async Task OpenOrAttach_NewBounce_OpensCaseWithShortIdAndHistory()
    {
        var result = await Store.OpenOrAttachAsync(Bounce());

        Assert.False(result.Attached);
        Assert.Matches("^C-[2-9A-Z]{4}$", result.Case.Code);
        Assert.Matches("^case-[2-9a-z]{24}$", result.Case.Id);
        Assert.Equal((CaseStatus.Open, 1, "alice", Time.GetUtcNow()), (result.Case.Status, result.Case.Version, result.Case.CreatedBy, result.Case.CreatedAt));
        var stored = await Store.GetAsync(result.Case.Id);
        Assert.NotNull(stored);
        Assert.Equal(["5.1.1"], stored.Codes);
        Assert.Equal(["jo@example.com"], stored.Recipients);
        Assert.Equal(("thread-1", "userunknown"), (stored.ThreadId, stored.Reason));
        var opened = Assert.Single(await Store.HistoryAsync(result.Case.Id));
        Assert.Equal((1, "alice", CaseVerb.Opened), (opened.Seq, opened.Actor, opened.Verb));
    }

    [Fact]
    public async Task OpenOrAttach_WithDetails_KeepsEveryFindingField()
    {
        var details = new CaseDetails
        {
            Kind = "bounce",
            Findings =
            [
                new CaseFinding
                {
                    Code = "5.7.606", Status = "5.7.606", ReplyCode = "550", Recipient = "jane.doe@contoso.com", Reason = "blocked", Permanent = true,
                    RemoteServer = "contoso-com.mail.protection.outlook.com", Diagnostic = "550 5.7.606 Access denied, banned sending IP [203.0.113.9].",
                    Vendor = "ExchangeOnline", EntryCode = "5.7.606", EntryVendor = "ExchangeOnline", EntryVariant = "",
                },
                new CaseFinding { Code = "550", ReplyCode = "550", Recipient = "bob@example.org", InferredFrom = "5.x.x" },
            ],
        };

        var opened = await OpenAsync(Bounce() with { Details = details });
        await RestartAsync();

        Assert.True(CaseComparer.DetailsEqual(details, (await Store.GetAsync(opened.Id))!.Details));
    }

    [Fact]
    public async Task OpenOrAttach_SameRecipientAndCodeWithinWindow_AttachesToOpenCase()
    {
        var first = await OpenAsync();
        Time.Advance(TimeSpan.FromMinutes(50));

        var repeat = await Store.OpenOrAttachAsync(Bounce(recipient: "JO@example.com", by: "bob"));

        Assert.True(repeat.Attached);
        Assert.Equal(first.Id, repeat.Case.Id);
        Assert.Equal((1, 2, Time.GetUtcNow()), (repeat.Case.RepeatCount, repeat.Case.Version, repeat.Case.LastSeenAt));
        Assert.Equal(repeat.Case, await Store.GetAsync(first.Id), CaseComparer.Instance);
        Assert.Equal([CaseVerb.Opened, CaseVerb.RepeatAttached], (await Store.HistoryAsync(first.Id)).Select(e => e.Verb));
        Assert.Single(await Store.ListOpenAsync(Here));
    }

    [Fact]
    public async Task OpenOrAttach_RepeatsKeepTheWindowOpenFromTheLastSighting()
    {
        var first = await OpenAsync();
        Time.Advance(TimeSpan.FromMinutes(50));
        await Store.OpenOrAttachAsync(Bounce());
        Time.Advance(TimeSpan.FromMinutes(50));

        var third = await Store.OpenOrAttachAsync(Bounce());

        Assert.Equal((true, first.Id, 2), (third.Attached, third.Case.Id, third.Case.RepeatCount));
    }

    [Fact]
    public async Task OpenOrAttach_RepeatAfterWindow_OpensNewCase()
    {
        var first = await OpenAsync();
        Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var later = await Store.OpenOrAttachAsync(Bounce());

        Assert.False(later.Attached);
        Assert.NotEqual(first.Id, later.Case.Id);
    }

    [Fact]
    public async Task OpenOrAttach_OtherConversationRecipientOrCode_OpensNewCases()
    {
        var first = await OpenAsync();

        var elsewhere = await Store.OpenOrAttachAsync(Bounce(conversation: "slack:T1/C2"));
        var otherRecipient = await Store.OpenOrAttachAsync(Bounce(recipient: "sam@example.com"));
        var otherCode = await Store.OpenOrAttachAsync(Bounce(code: "5.7.1"));

        Assert.All([elsewhere, otherRecipient, otherCode], r => Assert.False(r.Attached));
        Assert.Equal(4, new[] { first.Id, elsewhere.Case.Id, otherRecipient.Case.Id, otherCode.Case.Id }.Distinct().Count());
    }

    [Fact]
    public async Task OpenOrAttach_RepeatOfResolvedCase_OpensNewCase()
    {
        var first = await OpenAsync();
        await Store.ApplyAsync(first.Id, 1, new CaseAction.Resolve("alice"));

        var again = await Store.OpenOrAttachAsync(Bounce());

        Assert.False(again.Attached);
        Assert.NotEqual(first.Id, again.Case.Id);
    }

    [Fact]
    public async Task OpenOrAttach_TenConcurrentCopiesOfOneBounce_OpenOneCase()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => Task.Run(() => Store.OpenOrAttachAsync(Bounce(by: $"user{i}")))));

        Assert.Single(results.Select(r => r.Case.Id).Distinct());
        Assert.Single(results, r => !r.Attached);
        var open = Assert.Single(await Store.ListOpenAsync(Here));
        Assert.Equal((9, 10), (open.RepeatCount, open.Version));
    }
}
