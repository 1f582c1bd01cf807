using NdrBot.Triage.Cases;

namespace NdrBot.Triage.Tests.Cases;

/// <summary>The rules each action applies to a case, without a database.</summary>
public sealed class CaseActionTests
{
    private static readonly Case Open = new()
    {
        Id = "C-7K3Q",
        Code = "C-7K3Q",
        Conversation = "slack:T1/C2",
        CreatedBy = "alice",
        CreatedAt = DateTimeOffset.UnixEpoch,
        LastSeenAt = DateTimeOffset.UnixEpoch,
        Version = 4,
    };

    [Fact]
    public void DecideAt_OlderVersion_IsStaleWhateverTheAction()
    {
        var decision = new CaseAction.AddNote("bob", "hi").DecideAt(Open, 3);

        Assert.Equal(new CaseDecision(CaseVerb.StaleRefused, "note from version 3; the case is at version 4", null), decision);
    }

    [Fact]
    public void Claim_OwnCase_IsRefusedAsAlreadyYours()
    {
        var decision = new CaseAction.Claim("bob").Decide(Open with { Owner = "bob" });

        Assert.Equal((CaseVerb.ClaimRefused, "already yours", null), (decision.Verb, decision.Text, decision.Updated));
    }

    [Fact]
    public void Claim_ResolvedCase_IsRefused()
    {
        var decision = new CaseAction.Claim("bob").Decide(Open with { Status = CaseStatus.Resolved });

        Assert.Equal((CaseVerb.ClaimRefused, "the case is resolved"), (decision.Verb, decision.Text));
    }

    [Fact]
    public void TakeOver_UnownedCase_IsAPlainClaim()
    {
        var decision = new CaseAction.TakeOver("bob").Decide(Open);

        Assert.Equal((CaseVerb.Claimed, "bob"), (decision.Verb, decision.Updated?.Owner));
    }

    [Fact]
    public void Release_ByTheOwner_LeavesTheCaseUnowned()
    {
        var decision = new CaseAction.Release("bob").Decide(Open with { Owner = "bob" });

        Assert.Equal(CaseVerb.Released, decision.Verb);
        Assert.NotNull(decision.Updated);
        Assert.Null(decision.Updated.Owner);
    }

    [Theory]
    [InlineData("carol", CaseStatus.Open, "only carol can release it")]
    [InlineData(null, CaseStatus.Open, "nobody has it")]
    [InlineData("bob", CaseStatus.Resolved, "the case is resolved")]
    public void Release_ByAnyoneElseOrWithNobodyOrResolved_IsRefused(string? owner, CaseStatus status, string reason)
    {
        var decision = new CaseAction.Release("bob").Decide(Open with { Owner = owner, Status = status });

        Assert.Equal((CaseVerb.Refused, reason, null), (decision.Verb, decision.Text, decision.Updated));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void AddNote_Blank_IsRefused(string text) =>
        Assert.Null(new CaseAction.AddNote("bob", text).Decide(Open).Updated);

    [Fact]
    public void Resolve_BlankResolution_IsStoredAsNone()
    {
        var decision = new CaseAction.Resolve("bob", "  ").Decide(Open);

        Assert.Equal((CaseStatus.Resolved, null), (decision.Updated!.Status, decision.Updated.Resolution));
    }

    [Fact]
    public void Reopen_OpenCase_IsRefused() =>
        Assert.Equal(CaseVerb.Refused, new CaseAction.Reopen("bob").Decide(Open).Verb);

    [Fact]
    public void CaseCodes_AreShortAndAvoidLookAlikes()
    {
        var codes = Enumerable.Range(0, 500).Select(_ => CaseIds.NewCode()).ToList();

        Assert.All(codes, code => Assert.Matches("^C-[2-9A-HJKMNP-TW-Z]{4}$", code));
    }

    [Fact]
    public void CaseKeys_AreLongRandomAndAvoidLookAlikes()
    {
        var keys = Enumerable.Range(0, 500).Select(_ => CaseIds.NewKey()).ToList();

        Assert.All(keys, key => Assert.Matches("^case-[2-9a-hjkmnp-tw-z]{24}$", key));
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void CaseVerbNames_RoundTripEveryVerb()
    {
        foreach (var verb in Enum.GetValues<CaseVerb>())
        {
            Assert.Equal(verb, CaseVerbNames.Parse(verb.ToName()));
        }
    }
}
