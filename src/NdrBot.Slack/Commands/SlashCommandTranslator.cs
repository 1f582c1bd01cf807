using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Commands;

/// <summary>
/// <c>/ndr &lt;code or pasted bounce&gt;</c> answers in the channel; <c>/ndr -p …</c> (private) answers only the asker.
/// Both answer through the command's <c>response_url</c>.
/// </summary>
internal static class SlashCommandTranslator
{
    private const string PrivateFlag = "-p";

    public static SlackInbound Translate(SlashCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.SslCheck)
        {
            return new SlackIgnored("ssl_check");
        }

        if (string.IsNullOrEmpty(command.ChannelId) || !Uri.TryCreate(command.ResponseUrl, UriKind.Absolute, out var responseUrl)
            || responseUrl.Scheme is not ("https" or "http"))
        {
            return new SlackUnrecognized(command.Command);
        }

        var text = (command.Text ?? string.Empty).TrimStart();
        var ephemeral = text == PrivateFlag || text.StartsWith(PrivateFlag + " ", StringComparison.Ordinal)
            || text.StartsWith(PrivateFlag + "\n", StringComparison.Ordinal);
        if (ephemeral)
        {
            text = text[PrivateFlag.Length..];
        }

        var target = new SlackReplyTarget(command.ChannelId, command.UserId, ResponseUrl: responseUrl, Ephemeral: ephemeral) { Team = command.TeamId };
        return new SlackQuestion(SlackText.ToPlain(text), target);
    }
}
