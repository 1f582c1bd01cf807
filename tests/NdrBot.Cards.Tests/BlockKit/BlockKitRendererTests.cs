using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Model;
using NdrBot.Cards.Tests.Support;
using NdrBot.Tests.Shared;

namespace NdrBot.Cards.Tests.BlockKit;

public sealed class BlockKitRendererTests
{
    public static TheoryData<string> Names() => [.. Samples.All().Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryCard_NoRawControlCharactersInMrkdwn(string name)
    {
        var message = BlockKitRenderer.Render(Samples.All().Single(s => s.Name == name).Answer);

        var mrkdwn = JsonWalk.Objects(message).Where(o => (string?)o["type"] == "mrkdwn").Select(o => (string)o["text"]!);
        Assert.All(mrkdwn, t => Assert.True(t.IndexOfAny(['<', '>']) < 0, t));
        Assert.True(((string)message["text"]!).IndexOfAny(['<', '>']) < 0);
        Assert.All(JsonWalk.Objects(message).Where(o => (string?)o["type"] == "mrkdwn"), o => Assert.True((bool?)o["verbatim"]));
    }

    [Fact]
    public void Render_HostileText_MentionsAndLinksEscaped()
    {
        var all = string.Join("\n", JsonWalk.Strings(BlockKitRenderer.Render(Samples.Hostile())));

        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://evil", all, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", all, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Render_EveryActionButton_ValueParsesBackToTheCardsCase(string name)
    {
        var answer = Samples.All().Single(s => s.Name == name).Answer;
        var buttons = JsonWalk.Objects(BlockKitRenderer.Render(answer))
            .Where(o => (string?)o["type"] == "button" && o["url"] is null).ToList();

        foreach (var button in buttons)
        {
            Assert.True(CardAction.TryParseSlackValue((string?)button["value"], out var action));
            Assert.Equal(answer.Triage?.CaseId ?? answer.Checklist?.CaseId, action.CaseId);
            Assert.Equal("ndrbot." + action.Verb.ToWire(), (string?)button["action_id"]);
        }

        Assert.Equal((answer.Triage?.Verbs.Count ?? 0) + (answer.Checklist is { Items.Count: > 0 } ? 1 : 0), buttons.Count);
    }

    [Fact]
    public void Render_Checklist_OneCheckboxPerStepWithDoneStepsTicked()
    {
        var answer = Samples.All().Single(s => s.Name == "checklist-with-code").Answer;
        var boxes = JsonWalk.Objects(BlockKitRenderer.Render(answer)).Where(o => (string?)o["type"] == "checkboxes").ToList();

        Assert.Equal(answer.Checklist!.Items.Count, boxes.Count);
        Assert.Equal(CardAction.StepInputPrefix + "call", (string?)boxes[0]["action_id"]);
        Assert.NotNull(boxes[0]["initial_options"]);
        Assert.Null(boxes[1]["initial_options"]);
    }

    [Fact]
    public void Render_SlackOwnerId_IsAMentionSlackShowsAsTheirName_OtherNamesStayText()
    {
        var slack = string.Join("\n", JsonWalk.Strings(BlockKitRenderer.Render(Samples.WithCase(owner: "U024BE7LH"))));
        var teams = string.Join("\n", JsonWalk.Strings(BlockKitRenderer.Render(Samples.WithCase(owner: "Kim <Ops>"))));

        Assert.Contains("Owner: *<@U024BE7LH>*", slack, StringComparison.Ordinal);
        Assert.Contains("Owner: *Kim &lt;Ops&gt;*", teams, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_TriageCard_NoteInputUsesTheSharedId()
    {
        var input = JsonWalk.Objects(BlockKitRenderer.Render(Samples.Bounce())).Single(o => (string?)o["type"] == "input");

        Assert.Equal(CardAction.NoteInputId, (string?)input["block_id"]);
        Assert.Equal(CardAction.NoteInputId, (string?)input["element"]?["action_id"]);
        Assert.True((bool?)input["optional"]);
    }
}
