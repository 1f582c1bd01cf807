using NdrBot.Cards.Model;

namespace NdrBot.Slack.Inbound;

/// <summary>Who asked or clicked in Slack and where, in the channel-neutral terms cases use.</summary>
public static class SlackAsker
{
    // Note: Slack sends user ids only (no display names), so a Slack user is named by id; Block Kit shows the id as a
    // mention, which Slack displays as the person's current name (Mrkdwn.Person).
    public static Asker Of(SlackReplyTarget to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return new Asker(ChatChannel.Slack, to.User, to.User, to.Channel, to.ThreadTs) { Private = to.Ephemeral };
    }
}
