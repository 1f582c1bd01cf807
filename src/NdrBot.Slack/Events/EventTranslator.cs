using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Events;

/// <summary>
/// Maps an Events API envelope to a <see cref="SlackInbound"/>. Answers <c>app_mention</c> (in its thread) and
/// direct messages (<c>message</c> with <c>channel_type: im</c>); ignores bot messages, edits and other subtypes,
/// and anything NdrBot's own user said, so the bot never answers itself (bolt-js ignoreSelf).
/// </summary>
internal static class EventTranslator
{
    public static SlackInbound Translate(EventEnvelope envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        return envelope.Type switch
        {
            "url_verification" when !string.IsNullOrEmpty(envelope.Challenge) => new SlackUrlVerification(envelope.Challenge),
            "event_callback" when envelope.Event is { } e => TranslateEvent(e, BotUserId(envelope), envelope.TeamId),
            _ => new SlackUnrecognized(envelope.Type),
        };
    }

    private static SlackInbound TranslateEvent(SlackEvent e, string? botUserId, string? team)
    {
        if (e.Type is not ("app_mention" or "message"))
        {
            return new SlackUnrecognized(e.Type);
        }

        if (e.BotId is not null || e.Subtype == "bot_message")
        {
            return new SlackIgnored("bot message");
        }

        if (e.Subtype is not null)
        {
            return new SlackIgnored("message subtype " + e.Subtype);
        }

        if (botUserId is not null && e.User == botUserId)
        {
            return new SlackIgnored("own message");
        }

        // Note: a mention in a channel also arrives as message.channels when that is subscribed; only app_mention
        // is answered there, so one channel+ts never gets two replies. app_mention is not sent for DMs.
        if (e.Type == "message" && e.ChannelType != "im")
        {
            return new SlackIgnored("channel message without a mention");
        }

        if (string.IsNullOrEmpty(e.Channel))
        {
            return new SlackUnrecognized(e.Type);
        }

        var thread = e.Type == "app_mention" ? e.ThreadTs ?? e.Ts : e.ThreadTs;
        return new SlackQuestion(SlackText.ToPlain(e.Text), new SlackReplyTarget(e.Channel, e.User, thread) { Team = team });
    }

    private static string? BotUserId(EventEnvelope envelope) =>
        envelope.Authorizations.FirstOrDefault(a => a.IsBot)?.UserId;
}
