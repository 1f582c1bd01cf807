using System.Text.Json;
using Microsoft.Extensions.Logging;
using NdrBot.Cards;
using NdrBot.Cards.AdaptiveCards;
using NdrBot.Cards.Model;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Invoke;
using NdrBot.Teams.Replies;

namespace NdrBot.Teams;

/// <summary>
/// Translates an authorized activity: messages are answered at once with 200 and replied to through the queue; card
/// submits are applied to the case first (a 200 promises the click is kept) and their replies queued; Action.Execute invokes are answered in the HTTP response; installs get a welcome card in a
/// personal chat; anything else is acknowledged and ignored (A2014).
/// </summary>
public sealed class TeamsAdapter(IAnswerer answerer, CodeSearch codeSearch, ReplyBacklog queue, TeamsMetrics metrics, TimeProvider time, ILogger<TeamsAdapter> logger)
{
    public async Task<TeamsTurnResult> ProcessAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var result = activity.Type switch
        {
            null or "" => TeamsTurnResult.BadRequest,
            ActivityTypes.Message => await OnMessageAsync(activity, cancellationToken),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardAction => await OnExecuteAsync(activity, cancellationToken),
            ActivityTypes.Invoke when activity.Name == ActivityTypes.ComposeExtensionQuery => ComposeExtensionResponses.Query(activity.Value, codeSearch),
            ActivityTypes.Invoke => TeamsTurnResult.NotImplemented,
            ActivityTypes.InstallationUpdate when activity.Action == "add" && activity.Conversation?.IsPersonal == true => Enqueue(activity, w => w with { Welcome = true }),
            _ => Ignore(activity),
        };
        metrics.Activity(activity.Type, result.StatusCode);
        return result;
    }

    private async Task<TeamsTurnResult> OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            if (!CardAction.TryParse(value, out var action))
            {
                return Ignore(activity);
            }

            // Note: applied before the 200, so a click Teams saw acknowledged survives a crash; a store error fails the
            // request instead, and Teams may send it again.
            Log.CardAction(logger, action.Verb.ToWire(), action.CaseId);
            var applied = await answerer.ActAsync(action, ActivityAsker.Of(activity), cancellationToken);

            // Note: the click is kept; a full queue only costs its reply, so it must not be answered as refused (a
            // resend would then be refused as stale).
            var queued = Enqueue(activity, w => w with { Action = action, Applied = applied });
            return queued == TeamsTurnResult.Busy ? TeamsTurnResult.Ok : queued;
        }

        var text = MentionText.QuestionOf(activity);
        return Enqueue(activity, w => w with { Question = new Question(text, ActivityAsker.Of(activity)) });
    }

    private async Task<TeamsTurnResult> OnExecuteAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String || type.GetString() != "Action.Execute")
        {
            return InvokeResponses.Error("BadRequest", "Expected an Action.Execute invoke.");
        }

        if (!action.TryGetProperty("data", out var data) || !CardAction.TryParse(data, out var cardAction))
        {
            return InvokeResponses.Error("NotSupported", "This button is not one of NdrBot's.");
        }

        var reply = await answerer.ActAsync(cardAction, ActivityAsker.Of(activity), cancellationToken);
        return reply.UpdatedAnswer is { } updated
            ? InvokeResponses.Card(AdaptiveCardRenderer.Render(updated))
            : InvokeResponses.Message(reply.Message);
    }

    private TeamsTurnResult Enqueue(Activity activity, Func<ReplyWork, ReplyWork> shape)
    {
        if (queue.TryEnqueue(shape(new ReplyWork(activity, time.GetTimestamp()))))
        {
            return TeamsTurnResult.Ok;
        }

        Log.QueueFull(logger, activity.Id);
        return TeamsTurnResult.Busy;
    }

    private TeamsTurnResult Ignore(Activity activity)
    {
        Log.Ignored(logger, activity.Type);
        return TeamsTurnResult.Ok;
    }
}
