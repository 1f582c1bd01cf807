using System.Text.Json.Nodes;
using NdrBot.Cards.BlockKit;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;
using NdrBot.Slack.Outbox;
using NdrBot.Slack.WebApi;

namespace NdrBot.Slack.Processing;

/// <summary>
/// Sends an answer where the request said: a slash command or interaction through its <c>response_url</c>,
/// an ephemeral reply with chat.postEphemeral, otherwise chat.postMessage (in the mention's thread). Card updates
/// after a button click replace the original message; one that still fails is kept in the outbox as a refresh. A
/// response_url that is not Slack's is dropped (and logged): the answer then goes through the Web API.
/// </summary>
public sealed class SlackResponder(SlackWebClient web, ISlackOutbox? outbox = null)
{
    public Task<SlackApiResult> SendAsync(Answer answer, SlackReplyTarget to, CancellationToken cancellationToken = default) =>
        SendMessageAsync(BlockKitRenderer.Render(answer), to, cancellationToken);

    public Task<SlackApiResult> SendTextAsync(string text, SlackReplyTarget to, CancellationToken cancellationToken = default) =>
        SendMessageAsync(new JsonObject { ["text"] = Mrkdwn.Escape(text) }, to, cancellationToken);

    public async Task<SlackApiResult> ReplaceAsync(Answer answer, SlackReplyTarget to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        to = Checked(to);
        var message = BlockKitRenderer.Render(answer);
        var result = to.ResponseUrl is { } url
            ? await web.RespondAsync(url, message, replaceOriginal: true, cancellationToken: cancellationToken)
            : to.MessageTs is { } ts && !to.Ephemeral
                ? await web.UpdateAsync(to.Channel, ts, message, cancellationToken)
                : await SendMessageAsync(message, to, cancellationToken);

        // Note: a case card on a channel message can be refreshed later with chat.update (a response_url cannot).
        if (!result.Ok && SlackWebClient.IsTransient(result) && outbox is not null
            && answer.Triage?.CaseId is { } caseId && to is { MessageTs: { } messageTs, Ephemeral: false })
        {
            await outbox.KeepAsync(new PendingSlackCardRefresh(to.Channel, messageTs, caseId), cancellationToken);
        }

        return result;
    }

    private Task<SlackApiResult> SendMessageAsync(JsonObject message, SlackReplyTarget to, CancellationToken cancellationToken)
    {
        to = Checked(to);
        if (to.ResponseUrl is { } url)
        {
            return web.RespondAsync(url, message, to.Ephemeral ? "ephemeral" : "in_channel", cancellationToken: cancellationToken);
        }

        return to.Ephemeral && to.User is { } user
            ? web.PostEphemeralAsync(to.Channel, user, message, to.ThreadTs, cancellationToken)
            : web.PostMessageAsync(to.Channel, message, to.ThreadTs, cancellationToken);
    }

    /// <summary><paramref name="to"/> without its response_url when that is not Slack's, so the Web API answers instead.</summary>
    private SlackReplyTarget Checked(SlackReplyTarget to)
    {
        ArgumentNullException.ThrowIfNull(to);
        return to.ResponseUrl is { } url && web.AllowedResponseUrl(url) is null ? to with { ResponseUrl = null } : to;
    }
}
