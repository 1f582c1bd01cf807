using NdrBot.Cards.Model;
using NdrBot.Slack.Events;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Json;

namespace NdrBot.Slack.Tests.Inbound;

/// <summary>A Slack user is their team and user id, shown as the user id (a mention); the bare id is their former id.</summary>
public sealed class SlackAskerTests
{
    [Fact]
    public void Of_MentionInATeam_IsTeamAndUser_InThatWorkspace()
    {
        var envelope = SlackJson.TryRead<EventEnvelope>("""
            {"type":"event_callback","team_id":"T1","event":{"type":"app_mention","user":"U7","text":"5.4.6","ts":"1.2","channel":"C3"}}
            """)!;
        var question = Assert.IsType<SlackQuestion>(EventTranslator.Translate(envelope));

        var asker = SlackAsker.Of(question.ReplyTo);

        Assert.Equal(new Asker(ChatChannel.Slack, "T1/U7", "U7", "C3", "1.2") { Workspace = "T1", FormerUserId = "U7" }, asker);
    }
}
