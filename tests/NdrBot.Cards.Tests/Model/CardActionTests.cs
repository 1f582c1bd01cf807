using System.Text.Json;
using NdrBot.Cards.Model;

namespace NdrBot.Cards.Tests.Model;

public sealed class CardActionTests
{
    public static TheoryData<CardAction> Actions() =>
    [
        new CardAction { Verb = CardVerb.Claim, CaseId = "c-0123456789abcdef", Version = 0 },
        new CardAction { Verb = CardVerb.TakeOver, CaseId = "case-42", Version = 7 },
        new CardAction { Verb = CardVerb.Release, CaseId = "case-42", Version = 8 },
        new CardAction { Verb = CardVerb.Note, CaseId = "case-42", Version = 3, Note = "Typo: \"jhon\" | <at>x</at> 100% & [a](b) ü 😀" },
        new CardAction { Verb = CardVerb.Resolve, CaseId = "T:1.x_y", Version = int.MaxValue },
        new CardAction { Verb = CardVerb.Reopen, CaseId = "case-42", Version = 1 },
        new CardAction { Verb = CardVerb.Checklist, CaseId = "case-42", Version = 2, Steps = ["call", "pop3", "ip"] },
        new CardAction { Verb = CardVerb.Checklist, CaseId = "case-42", Version = 2 },
    ];

    [Theory]
    [MemberData(nameof(Actions))]
    public void TryParse_ToJsonOutput_EqualAction(CardAction action)
    {
        using var doc = JsonDocument.Parse(action.ToJson().ToJsonString());

        Assert.True(CardAction.TryParse(doc.RootElement, out var parsed));
        Assert.Equal(action, parsed);
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void TryParseSlackValue_ToSlackValueOutput_EqualAction(CardAction action)
    {
        Assert.True(CardAction.TryParseSlackValue(action.ToSlackValue(), out var parsed));
        Assert.Equal(action, parsed);
    }

    [Fact]
    public void TryParse_SubmitWithMergedInputs_TakesNoteOnlyForNoteVerb()
    {
        const string claim = """{"ndrbot":"ndrbot/1","verb":"claim","caseId":"case-1","version":2,"ndrbot.note":"half typed","ndrbot.step.call":"true"}""";
        const string note = """{"ndrbot":"ndrbot/1","verb":"note","caseId":"case-1","version":2,"ndrbot.note":"  done \n","ndrbot.step.call":"true"}""";

        Assert.True(CardAction.TryParse(JsonDocument.Parse(claim).RootElement, out var c));
        Assert.True(CardAction.TryParse(JsonDocument.Parse(note).RootElement, out var n));

        Assert.Equal(new CardAction { Verb = CardVerb.Claim, CaseId = "case-1", Version = 2 }, c);
        Assert.Equal(new CardAction { Verb = CardVerb.Note, CaseId = "case-1", Version = 2, Note = "done" }, n);
    }

    [Fact]
    public void TryParse_ChecklistWithToggles_KeepsOnlyTickedSteps()
    {
        const string json = """{"ndrbot":"ndrbot/1","verb":"checklist","caseId":"c","version":"4","ndrbot.step.call":"true","ndrbot.step.ip":"false","ndrbot.step.bad id":"true"}""";

        Assert.True(CardAction.TryParse(JsonDocument.Parse(json).RootElement, out var action));

        Assert.Equal(["call"], action.Steps);
        Assert.Equal(4, action.Version);
    }

    [Theory]
    [InlineData("""{"verb":"claim","caseId":"c","version":1}""")]
    [InlineData("""{"ndrbot":"ndrbot/2","verb":"claim","caseId":"c","version":1}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"delete","caseId":"c","version":1}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"claim","caseId":"","version":1}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"claim","caseId":"a b","version":1}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"claim","caseId":"c","version":-1}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"claim","caseId":"c","version":1.5}""")]
    [InlineData("""{"ndrbot":"ndrbot/1","verb":"claim","caseId":"c"}""")]
    [InlineData("""["ndrbot/1"]""")]
    [InlineData("\"claim\"")]
    public void TryParse_ForeignOrBrokenData_False(string json)
    {
        Assert.False(CardAction.TryParse(JsonDocument.Parse(json).RootElement, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("claim")]
    [InlineData("ndrbot1|claim|c")]
    [InlineData("ndrbot2|claim|c|1")]
    [InlineData("ndrbot1|nuke|c|1")]
    [InlineData("ndrbot1|claim|c d|1")]
    [InlineData("ndrbot1|claim|c|-1")]
    [InlineData("ndrbot1|checklist|c|1|bad step")]
    [InlineData("ndrbot1|claim|c|1|||")]
    public void TryParseSlackValue_ForeignOrBrokenValue_False(string? value)
    {
        Assert.False(CardAction.TryParseSlackValue(value, out _));
    }

    [Fact]
    public void TryParse_OverlongNote_CutToMaxLength()
    {
        var data = new CardAction { Verb = CardVerb.Note, CaseId = "c", Version = 1 }.ToJson();
        data[CardAction.NoteInputId] = new string('n', 5000);

        Assert.True(CardAction.TryParse(JsonDocument.Parse(data.ToJsonString()).RootElement, out var action));

        Assert.Equal(CardAction.MaxNoteLength, action.Note!.Length);
    }

    [Fact]
    public void ToSlackValue_LongestRealisticAction_WithinButtonValueLimit()
    {
        var action = new CardAction { Verb = CardVerb.TakeOver, CaseId = new string('c', CardAction.MaxCaseIdLength), Version = int.MaxValue };

        Assert.True(action.ToSlackValue().Length <= 2000);
    }
}
