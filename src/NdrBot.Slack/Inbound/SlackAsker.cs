using NdrBot.Cards.Model;

namespace NdrBot.Slack.Inbound;

/// <summary>Who asked or clicked in Slack and where, in the channel-neutral terms cases use.</summary>
public static class SlackAsker
{
    // Note: Slack sends user ids only (no display names), so a Slack user is named by id; Block Kit shows the id as a
    // mention, which Slack displays as the person's current name (Mrkdwn.Person). Matched on team and user id; older
    // versions recorded the bare user id, which stays the former id.
    public static Asker Of(SlackReplyTarget to)
    {
        ArgumentNullException.ThrowIfNull(to);
        var id = to.Team is { Length: > 0 } team && to.User is { } user ? $"{team}/{user}" : to.User;
        return new Asker(ChatChannel.Slack, id, to.User, to.Channel, to.ThreadTs)
        {
            Workspace = to.Team,
            FormerUserId = id == to.User ? null : to.User,
            Private = to.Ephemeral,
        };
    }
}
