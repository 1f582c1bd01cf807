using System.Text.Json;
using NdrBot.Cards.Model;
using NdrBot.Slack.Inbound;

namespace NdrBot.Slack.Interactivity;

/// <summary>
/// Maps an interaction payload: an NdrBot card button (<c>block_actions</c>) to a <see cref="SlackCardActionRequest"/>,
/// and the "Explain this bounce" message shortcut to a <see cref="SlackQuestion"/> in the message's thread (a note is
/// typed into the card itself; NdrBot opens no modals). Anything else is <see cref="SlackUnrecognized"/>.
/// </summary>
internal static class InteractionTranslator
{
    /// <summary>The message shortcut's callback id (manifests/slack).</summary>
    public const string ExplainShortcut = "explain_bounce";

    public static SlackInbound Translate(InteractionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return payload.Type switch
        {
            "block_actions" => BlockActions(payload),
            "message_action" when payload.CallbackId == ExplainShortcut => Shortcut(payload),
            _ => new SlackUnrecognized(payload.Type),
        };
    }

    private static SlackInbound BlockActions(InteractionPayload payload)
    {
        var button = payload.Actions.FirstOrDefault(a => a.Type == "button");
        var channel = payload.Channel?.Id ?? payload.Container?.ChannelId;
        if (button is null || channel is null || !CardAction.TryParseSlackValue(button.Value, out var action))
        {
            return button is null ? new SlackIgnored("input change") : new SlackUnrecognized("block_actions");
        }

        action = WithInputs(action, payload.State);
        var target = new SlackReplyTarget(
            channel,
            payload.User?.Id,
            payload.Message?.ThreadTs,
            ResponseUrl(payload.ResponseUrl),
            payload.Container?.IsEphemeral ?? false,
            payload.Container?.MessageTs ?? payload.Message?.Ts)
        {
            Team = payload.Team?.Id,
        };
        return new SlackCardActionRequest(action, target);
    }

    private static SlackInbound Shortcut(InteractionPayload payload)
    {
        if (payload.Channel?.Id is not { } channel || payload.Message is not { } message)
        {
            return new SlackUnrecognized(payload.Type);
        }

        var target = new SlackReplyTarget(channel, payload.User?.Id, message.ThreadTs ?? message.Ts) { Team = payload.Team?.Id };
        return new SlackQuestion(SlackText.ToPlain(message.Text), target);
    }

    /// <summary>Merges the card's note input and ticked step checkboxes, re-validated through <see cref="CardAction.TryParse"/>.</summary>
    private static CardAction WithInputs(CardAction action, ViewState? state)
    {
        if (state?.Values is not { } blocks)
        {
            return action;
        }

        var data = action.ToJson();
        foreach (var (actionId, input) in blocks.Values.SelectMany(b => b))
        {
            if (actionId == CardAction.NoteInputId && input.ValueKind == JsonValueKind.Object
                && input.TryGetProperty("value", out var note) && note.ValueKind == JsonValueKind.String)
            {
                data[CardAction.NoteInputId] = note.GetString();
            }
            else if (actionId.StartsWith(CardAction.StepInputPrefix, StringComparison.Ordinal) && IsTicked(input))
            {
                data[actionId] = "true";
            }
        }

        using var doc = JsonDocument.Parse(data.ToJsonString());
        return CardAction.TryParse(doc.RootElement, out var merged) ? merged : action;
    }

    private static bool IsTicked(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("selected_options", out var selected)
        && selected.ValueKind == JsonValueKind.Array && selected.GetArrayLength() > 0;

    private static Uri? ResponseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" ? uri : null;
}
