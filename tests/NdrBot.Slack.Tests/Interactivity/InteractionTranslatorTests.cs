using NdrBot.Cards.Model;
using NdrBot.Slack.Commands;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Interactivity;
using NdrBot.Slack.Json;

namespace NdrBot.Slack.Tests.Interactivity;

public sealed class InteractionTranslatorTests
{
    private static readonly CardAction Claim = new() { Verb = CardVerb.Claim, CaseId = "case-5.1.1-abc", Version = 3 };

    [Fact]
    public void Translate_BlockActionsFromForm_ParsesTheCardActionAndWhereItWasClicked()
    {
        var json = """
            {"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},"response_url":"https://hooks.slack.com/actions/T1/1/x",
             "container":{"type":"message","message_ts":"1700.5","channel_id":"C1"},"message":{"ts":"1700.5","thread_ts":"1700.1","text":"card"},
             "actions":[{"action_id":"ndrbot.claim","block_id":"ndrbot.triage","type":"button","value":"CLAIM","action_ts":"1"}],
             "new_field":[1,2,3]}
            """.Replace("CLAIM", Claim.ToSlackValue(), StringComparison.Ordinal);

        var request = Assert.IsType<SlackCardActionRequest>(FromForm("payload=" + Uri.EscapeDataString(json)));

        Assert.Equal(Claim, request.Action);
        Assert.Equal(new SlackReplyTarget("C1", "U1", "1700.1", new Uri("https://hooks.slack.com/actions/T1/1/x"), false, "1700.5"), request.ReplyTo);
    }

    [Fact]
    public void Translate_NoteButtonWithStateValues_MergesTheNoteAndTickedSteps()
    {
        var note = Claim with { Verb = CardVerb.Note };
        var json = """
            {"type":"block_actions","user":{"id":"U1"},"channel":{"id":"C1"},
             "state":{"values":{"ndrbot.note":{"ndrbot.note":{"type":"plain_text_input","value":"  called the vendor  "}},
                                "b2":{"ndrbot.step.dns":{"type":"checkboxes","selected_options":[{"value":"dns"}]}},
                                "b3":{"ndrbot.step.mx":{"type":"checkboxes","selected_options":[]}}}},
             "actions":[{"action_id":"ndrbot.note","type":"button","value":"NOTE"}]}
            """.Replace("NOTE", note.ToSlackValue(), StringComparison.Ordinal);

        var request = Assert.IsType<SlackCardActionRequest>(FromJson(json));

        Assert.Equal("called the vendor", request.Action.Note);
        Assert.Equal(CardVerb.Note, request.Action.Verb);
    }

    [Fact]
    public void Translate_ForeignButtonValue_IsUnrecognized() =>
        Assert.IsType<SlackUnrecognized>(FromJson("""{"type":"block_actions","channel":{"id":"C1"},"actions":[{"type":"button","value":"approve"}]}"""));

    [Fact]
    public void Translate_CheckboxChangeWithoutButton_IsIgnored() =>
        Assert.IsType<SlackIgnored>(FromJson("""{"type":"block_actions","channel":{"id":"C1"},"actions":[{"type":"checkboxes","action_id":"ndrbot.step.dns"}]}"""));

    [Fact]
    public void Translate_ExplainShortcut_AsksAboutTheMessageInItsThread()
    {
        var json = """
            {"type":"message_action","callback_id":"explain_bounce","trigger_id":"1","user":{"id":"U2"},"channel":{"id":"C7"},
             "response_url":"https://hooks.slack.com/app/x","message":{"ts":"1700.9","text":"Delivery failed: 550 5.1.1 &lt;jo@example.com&gt;"}}
            """;

        var question = Assert.IsType<SlackQuestion>(FromJson(json));

        Assert.Equal("Delivery failed: 550 5.1.1 <jo@example.com>", question.Text);
        Assert.Equal(new SlackReplyTarget("C7", "U2", "1700.9"), question.ReplyTo);
    }

    [Theory]
    [InlineData("""{"type":"shortcut","callback_id":"global"}""")]
    [InlineData("""{"type":"message_action","callback_id":"someone.else","channel":{"id":"C1"},"message":{"ts":"1","text":"x"}}""")]
    [InlineData("""{"type":"view_closed"}""")]
    [InlineData("""{"type":"view_submission","user":{"id":"U3"},"view":{"callback_id":"ndrbot.note","private_metadata":"x"}}""")]
    public void Translate_OtherInteractions_AreUnrecognized(string json) =>
        Assert.IsType<SlackUnrecognized>(FromJson(json));

    private static SlackInbound FromForm(string form) =>
        InteractionTranslator.Translate(SlackJson.TryRead<InteractionPayload>(FormBody.Parse(form)["payload"])!);

    private static SlackInbound FromJson(string json) => InteractionTranslator.Translate(SlackJson.TryRead<InteractionPayload>(json)!);
}
