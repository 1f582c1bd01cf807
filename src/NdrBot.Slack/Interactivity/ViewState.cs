using System.Text.Json;

namespace NdrBot.Slack.Interactivity;

/// <summary><c>state.values</c>: block id → action id → input state (<c>value</c>, <c>selected_options</c>).</summary>
public sealed record ViewState
{
    public Dictionary<string, Dictionary<string, JsonElement>>? Values { get; init; }
}
