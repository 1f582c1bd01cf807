using System.Text.Json.Nodes;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Processing;

/// <summary>
/// Sends an answer where the request said: a slash command or interaction through its <c>response_url</c>,
/// an ephemeral reply with chat.postEphemeral, otherwise chat.postMessage (in the mention's thread). Card updates
/// after a button click replace the original message.
/// </summary>
public sealed class SlackResponder(SlackWebClient web)
{
    public Task<SlackApiResult> SendAsync(Answer answer, SlackReplyTarget to, CancellationToken cancellationToken = default) =>
        SendMessageAsync(BlockKitRenderer.Render(answer), to, cancellationToken);

    public Task<SlackApiResult> SendTextAsync(string text, SlackReplyTarget to, CancellationToken cancellationToken = default) =>
        SendMessageAsync(new JsonObject { ["text"] = Mrkdwn.EscapeExceptMentions(text) }, to, cancellationToken);

    public Task<SlackApiResult> ReplaceAsync(Answer answer, SlackReplyTarget to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        var message = BlockKitRenderer.Render(answer);
        if (to.ResponseUrl is { } url)
        {
            return web.RespondAsync(url, message, replaceOriginal: true, cancellationToken: cancellationToken);
        }

        return to.MessageTs is { } ts && !to.Ephemeral
            ? web.UpdateAsync(to.Channel, ts, message, cancellationToken)
            : SendMessageAsync(message, to, cancellationToken);
    }

    private Task<SlackApiResult> SendMessageAsync(JsonObject message, SlackReplyTarget to, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (to.ResponseUrl is { } url)
        {
            return web.RespondAsync(url, message, to.Ephemeral ? "ephemeral" : "in_channel", cancellationToken: cancellationToken);
        }

        return to.Ephemeral && to.User is { } user
            ? web.PostEphemeralAsync(to.Channel, user, message, to.ThreadTs, cancellationToken)
            : web.PostMessageAsync(to.Channel, message, to.ThreadTs, cancellationToken);
    }
}
