using NdrBot.Slack.Events;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Json;

namespace NdrBot.Slack.Tests.Events;

public sealed class EventTranslatorTests
{
    [Fact]
    public void Translate_UrlVerification_ReturnsChallenge() =>
        Assert.Equal(new SlackUrlVerification("3eZbrw1aB"), Translate("""{"token":"x","challenge":"3eZbrw1aB","type":"url_verification"}"""));

    [Fact]
    public void Translate_AppMention_AsksWithoutTheMentionInTheMentionsThread()
    {
        var inbound = Translate(Envelope("""{"type":"app_mention","user":"U111","text":"<@UBOT> what is 5.1.1?","ts":"1700.0001","channel":"C1","event_ts":"1700.0001"}"""));

        var question = Assert.IsType<SlackQuestion>(inbound);
        Assert.Equal("what is 5.1.1?", question.Text);
        Assert.Equal(new SlackReplyTarget("C1", "U111", "1700.0001") { Team = "T1" }, question.ReplyTo);
    }

    [Fact]
    public void Translate_AppMentionInsideThread_RepliesInThatThread()
    {
        var question = Assert.IsType<SlackQuestion>(Translate(Envelope("""{"type":"app_mention","user":"U1","text":"<@UBOT> 5.7.1","ts":"2.0","thread_ts":"1.0","channel":"C1"}""")));

        Assert.Equal("1.0", question.ReplyTo.ThreadTs);
    }

    [Fact]
    public void Translate_DirectMessage_AsksInTheDm()
    {
        var question = Assert.IsType<SlackQuestion>(Translate(Envelope("""{"type":"message","channel_type":"im","user":"U1","text":"550 5.1.1","ts":"3.0","channel":"D1","unknown_field":{"x":1}}""")));

        Assert.Equal("550 5.1.1", question.Text);
        Assert.Equal(new SlackReplyTarget("D1", "U1") { Team = "T1" }, question.ReplyTo);
    }

    [Theory]
    [InlineData("""{"type":"message","subtype":"bot_message","bot_id":"B1","channel_type":"im","text":"hi","channel":"D1"}""")]
    [InlineData("""{"type":"app_mention","bot_id":"B9","user":"U9","text":"<@UBOT> 5.1.1","channel":"C1","ts":"1.0"}""")]
    [InlineData("""{"type":"message","subtype":"message_changed","channel_type":"im","channel":"D1","message":{"text":"5.1.1"}}""")]
    [InlineData("""{"type":"message","channel_type":"im","user":"UBOT","text":"5.1.1","channel":"D1","ts":"1.0"}""")]
    [InlineData("""{"type":"message","channel_type":"channel","user":"U1","text":"<@UBOT> 5.1.1","channel":"C1","ts":"1.0"}""")]
    public void Translate_BotsOwnMessagesEditsAndChannelMessages_AreIgnored(string innerEvent) =>
        Assert.IsType<SlackIgnored>(Translate(Envelope(innerEvent)));

    [Theory]
    [InlineData("""{"type":"event_callback","event_id":"Ev1","event":{"type":"reaction_added","user":"U1"}}""")]
    [InlineData("""{"type":"app_rate_limited","minute_rate_limited":1518467820}""")]
    [InlineData("""{"type":"event_callback","event_id":"Ev1"}""")]
    public void Translate_UnknownTypes_AreUnrecognized(string body) =>
        Assert.IsType<SlackUnrecognized>(Translate(body));

    private static string Envelope(string innerEvent) =>
        $$"""{"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev123","event_time":1700000000,"authorizations":[{"team_id":"T1","user_id":"UBOT","is_bot":true}],"event":{{innerEvent}}}""";

    private static SlackInbound Translate(string body) =>
        EventTranslator.Translate(SlackJson.TryRead<EventEnvelope>(body) ?? throw new InvalidOperationException("unreadable test body"));
}
