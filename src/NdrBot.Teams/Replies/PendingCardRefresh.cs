using System.Text.Json;
using NdrBot.Teams.Activities;
using NdrBot.Teams.Connector;

namespace NdrBot.Teams.Replies;

/// <summary>
/// A case card whose update (PUT) the Connector still refused after every retry. Only where the card lives is kept,
/// not the card: when the outbox sends it, the case's card is rendered as it is then, so a late retry can never
/// put back an older state over a newer one.
/// </summary>
/// <param name="ServiceUrl">The conversation's Connector.</param>
/// <param name="ActivityId">The card message to replace.</param>
/// <param name="CaseId">The case whose current card goes there.</param>
/// <param name="Shell">The update's envelope (conversation, from, recipient) without a card.</param>
public sealed record PendingCardRefresh(string ServiceUrl, string ActivityId, string CaseId, OutgoingActivity Shell)
{
    public const string Kind = "teams-card-refresh";

    public string ConversationId => Shell.Conversation?.Id ?? "";

    public string ToJson() => JsonSerializer.Serialize(this, TeamsJsonContext.Default.PendingCardRefresh);

    /// <summary>Reads a payload written by <see cref="ToJson"/>; null when it is not one.</summary>
    public static PendingCardRefresh? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TeamsJsonContext.Default.PendingCardRefresh) is
                { ServiceUrl.Length: > 0, ActivityId.Length: > 0, CaseId.Length: > 0, Shell.Conversation.Id: not null } refresh
                ? refresh
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
