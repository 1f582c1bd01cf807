using System.Text.Json;
using System.Text.Json.Nodes;

namespace NdrBot.Slack.Outbox;

/// <summary>
/// A chat message waiting in the outbox: the Web API method (<c>chat.postMessage</c> or <c>chat.postEphemeral</c>)
/// and its complete body (channel, <c>thread_ts</c>, blocks), sent again as it was.
/// </summary>
public sealed record PendingSlackMessage(string Method, JsonObject Body)
{
    public const string Kind = "slack-message";

    /// <summary>The methods whose failures are worth keeping: replies. Updates and hooks go stale.</summary>
    public static readonly IReadOnlySet<string> KeptMethods = new HashSet<string>(StringComparer.Ordinal) { "chat.postMessage", "chat.postEphemeral" };

    public string Channel => (string?)Body["channel"] ?? "";

    public string ToJson() => new JsonObject { ["method"] = Method, ["body"] = Body.DeepClone() }.ToJsonString();

    /// <summary>Reads a payload written by <see cref="ToJson"/>; null when it is not one (or names another method).</summary>
    public static PendingSlackMessage? TryParse(string json)
    {
        try
        {
            return JsonNode.Parse(json) is JsonObject { } root && (string?)root["method"] is { } method && KeptMethods.Contains(method)
                && root["body"] is JsonObject body
                ? new PendingSlackMessage(method, body.DeepClone().AsObject())
                : null;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
