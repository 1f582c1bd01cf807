using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using NdrBot.Core.Diagnosis;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.Building;

public sealed class AnswerBuilderTests
{
    [Fact]
    public void FromExplanation_CodeWithVendorContext_CodeCardWithVendorNoteAndLink()
    {
        var answer = Samples.Code();

        var code = Assert.Single(answer.Codes);
        Assert.Equal(AnswerKind.Code, answer.Kind);
        Assert.Equal("5.1.1", code.Code);
        Assert.Equal("550", code.ReplyCode);
        Assert.False(code.Transient);
        Assert.StartsWith("Sender: Check the address", code.Steps[0], StringComparison.Ordinal);
        Assert.StartsWith("Exchange Online: ", code.VendorNote, StringComparison.Ordinal);
        Assert.Equal("learn.microsoft.com", code.Link?.Host);
        Assert.Null(code.InferredFrom);
    }

    [Fact]
    public void FromExplanation_CodeWithoutVendorContext_NoVendorNote()
    {
        var code = Assert.Single(AnswerBuilder.FromExplanation(TestCatalogue.Explain("5.1.1")).Codes);

        Assert.Null(code.VendorNote);
    }

    [Fact]
    public void FromExplanation_UnknownDetailCode_SaysInferredFromSubject()
    {
        var code = Assert.Single(Samples.Inferred().Codes);

        Assert.Equal("5.7.999", code.Code);
        Assert.Equal("5.7.0", code.InferredFrom);
    }

    [Fact]
    public void FromExplanation_ManyRecipients_CapsAndCountsTheRest()
    {
        var answer = Samples.Bounce(20);

        Assert.Equal(AnswerKind.Bounce, answer.Kind);
        Assert.Equal(AnswerLimits.MaxRecipients, answer.Recipients.Count);
        Assert.Equal(20 - AnswerLimits.MaxRecipients, answer.MoreRecipients);
        Assert.StartsWith("Delivery failed for 20 recipients", answer.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExplanation_MoreRecipientsThanWereRead_SaysTheWholeCountAndWhatIsShown()
    {
        var read = Samples.BounceExplanation(200, null);
        var answer = AnswerBuilder.FromExplanation(read with { TotalFindings = 10_000 });

        Assert.Equal((10_000, AnswerLimits.MaxRecipients, 10_000 - AnswerLimits.MaxRecipients), (answer.TotalRecipients, answer.Recipients.Count, answer.MoreRecipients));
        Assert.StartsWith("Delivery failed for 10,000 recipients (the first 200 read), ", answer.Summary, StringComparison.Ordinal);
        var adaptive = JsonWalk.Strings(AdaptiveCardRenderer.Render(answer)).ToList();
        var slack = JsonWalk.Strings(BlockKitRenderer.Render(answer)).ToList();
        Assert.Contains("…showing 8 of 10,000 failed recipients.", adaptive);
        Assert.Contains("…showing 8 of 10,000 failed recipients.", slack);
        Assert.DoesNotContain(adaptive.Concat(slack), t => t.Contains("192", StringComparison.Ordinal));
    }

    [Fact]
    public void FromExplanation_AllRecipientsRead_SaysNoFirstRead()
    {
        var answer = Samples.Bounce(20);

        Assert.DoesNotContain("read)", answer.Summary, StringComparison.Ordinal);
        Assert.Contains("…showing 8 of 20 failed recipients.", JsonWalk.Strings(AdaptiveCardRenderer.Render(answer)));
    }

    [Fact]
    public void FromExplanation_BounceWithRepeatedCodes_StepsCombinedWithoutDuplicates()
    {
        var answer = Samples.Bounce(9);

        Assert.Equal(answer.Steps.Distinct().Count(), answer.Steps.Count);
        Assert.Contains(answer.Steps, s => s.Contains("forwarding rules", StringComparison.Ordinal));
    }

    [Fact]
    public void FromExplanation_LongRemoteWords_Trimmed()
    {
        var answer = Samples.Bounce(1, "550 " + new string('x', 2000) + "\r\n\r\nmore");

        Assert.Equal(AnswerLimits.RemoteWordsChars, answer.Recipients[0].RemoteWords!.Length);
        Assert.EndsWith("…", answer.Recipients[0].RemoteWords, StringComparison.Ordinal);
    }

    [Fact]
    public void FromExplanation_TelstraOnly_ChecklistCardWithFactsAndDoneSteps()
    {
        var answer = AnswerBuilder.FromExplanation(TestCatalogue.Explain("telstra mass mail"), Samples.Case(CaseStatus.Open, null));

        Assert.Equal(AnswerKind.Checklist, answer.Kind);
        Assert.Contains(answer.Checklist!.Facts, f => f.Value == "13 22 53");
        Assert.True(answer.Checklist.Items.Single(i => i.Id == "call").Done);
        Assert.False(answer.Checklist.Items.Single(i => i.Id == "ip").Done);
        Assert.Equal("case-42", answer.Checklist.CaseId);
    }

    [Theory]
    [InlineData(ExplanationKind.Question, "No code found")]
    [InlineData(ExplanationKind.NotBounce, "Not a bounce")]
    [InlineData(ExplanationKind.Feedback, "Abuse report, not a bounce")]
    [InlineData(ExplanationKind.AutoReply, "Auto-reply, not a bounce")]
    [InlineData(ExplanationKind.Bounce, "Bounce without a code")]
    public void FromExplanation_NothingFound_NotFoundCardSaysWhatWasUnderstood(ExplanationKind kind, string title)
    {
        var answer = AnswerBuilder.FromExplanation(new Explanation(kind, [], []));

        Assert.Equal(AnswerKind.NotFound, answer.Kind);
        Assert.Equal(title, answer.Title);
        Assert.Null(answer.Triage);
    }

    [Fact]
    public void FromExplanation_NoCase_ProposesStableCaseIdAtVersionZero()
    {
        var first = Samples.Bounce().Triage!;
        var again = Samples.Bounce().Triage!;

        Assert.Equal(first.CaseId, again.CaseId);
        Assert.Matches("^c-[0-9a-f]{16}$", first.CaseId);
        Assert.Equal(0, first.Version);
        Assert.True(CardAction.IsValidId(first.CaseId));
    }

    [Theory]
    [InlineData(CaseStatus.Open, null, new[] { CardVerb.Claim, CardVerb.Note, CardVerb.Resolve })]
    [InlineData(CaseStatus.Claimed, "Alice", new[] { CardVerb.TakeOver, CardVerb.Release, CardVerb.Note, CardVerb.Resolve })]
    [InlineData(CaseStatus.Resolved, "Alice", new[] { CardVerb.Note, CardVerb.Reopen })]
    public void FromExplanation_CaseState_OffersMatchingVerbs(CaseStatus status, string? owner, CardVerb[] verbs)
    {
        var triage = Samples.WithCase(status, owner).Triage!;

        Assert.Equal(verbs, triage.Verbs);
        Assert.Equal(("case-42", 7), (triage.CaseId, triage.Version));
    }

    /// <summary>A card only its viewer sees offers the owner Release and anyone else Take over, never both.</summary>
    [Theory]
    [InlineData(true, new[] { CardVerb.Release, CardVerb.Note, CardVerb.Resolve })]
    [InlineData(false, new[] { CardVerb.TakeOver, CardVerb.Note, CardVerb.Resolve })]
    public void FromExplanation_ClaimedCaseSeenByOnePerson_OffersReleaseToTheOwnerOnly(bool viewerOwnsIt, CardVerb[] verbs)
    {
        var answer = AnswerBuilder.FromExplanation(Samples.BounceExplanation(1, null), Samples.Case(CaseStatus.Claimed, "Alice") with { ViewerOwnsIt = viewerOwnsIt });

        Assert.Equal(verbs, answer.Triage!.Verbs);
    }

    [Fact]
    public void Help_Always_ExplainsHowToAsk()
    {
        var answer = AnswerBuilder.Help();

        Assert.Equal(AnswerKind.Help, answer.Kind);
        Assert.Contains(answer.Lines, l => l.Contains("5.4.6", StringComparison.Ordinal));
        Assert.Null(answer.Triage);
    }

    [Theory]
    [InlineData("5.1.1", true)]
    [InlineData("what is 550?", true)]
    [InlineData("we hit the telstra mass mail limit", true)]
    [InlineData("hello there", false)]
    [InlineData("9.9.9", false)]
    public void HasTriage_SaysWhetherTheAnswerIsACodeBounceOrChecklistCard(string text, bool expected)
    {
        var explanation = new Explainer().Explain(text);

        Assert.Equal(expected, AnswerBuilder.HasTriage(explanation));
        Assert.Equal(expected, AnswerBuilder.FromExplanation(explanation).Kind is AnswerKind.Code or AnswerKind.Bounce or AnswerKind.Checklist);
    }
}
