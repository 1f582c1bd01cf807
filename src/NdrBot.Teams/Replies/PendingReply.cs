using System.Text.Json;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Replies;

/// <summary>
/// A reply waiting in the outbox: where to POST it (the conversation's <see cref="ServiceUrl"/>), the activity itself,
/// and the case whose card it carries (its new activity id becomes the case's card reference once it is sent).
/// </summary>
public sealed record PendingReply(string ServiceUrl, OutgoingActivity Activity, string? CaseId = null)
{
    public const string Kind = "teams-reply";

    public string ConversationId => Activity.Conversation?.Id ?? "";

    public string ToJson() => JsonSerializer.Serialize(this, TeamsJsonContext.Default.PendingReply);

    /// <summary>Reads a payload written by <see cref="ToJson"/>; null when it is not one.</summary>
    public static PendingReply? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TeamsJsonContext.Default.PendingReply) is { ServiceUrl.Length: > 0, Activity.Conversation.Id: not null } reply
                ? reply
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
