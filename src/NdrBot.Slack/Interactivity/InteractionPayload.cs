using System.Text.Json;
using System.Text.Json.Serialization;

namespace NdrBot.Slack.Interactivity;

/// <summary>The interactivity <c>payload</c> JSON: block_actions, message_action, shortcut, view_submission, ….</summary>
public sealed record InteractionPayload
{
    public string? Type { get; init; }

    public string? CallbackId { get; init; }

    public string? TriggerId { get; init; }

    public string? ResponseUrl { get; init; }

    public SlackRef? User { get; init; }

    public SlackRef? Channel { get; init; }

    public SlackRef? Team { get; init; }

    public InteractionContainer? Container { get; init; }

    public InteractionMessage? Message { get; init; }

    public IReadOnlyList<BlockAction> Actions { get; init; } = [];

    public ViewState? State { get; init; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Extra { get; init; }
}
