using System.Text.Json;

namespace NdrBot.Slack.Outbox;

/// <summary>
/// A case card in Slack whose update Slack still refused after every retry. Only where the card lives is kept: the
/// outbox later renders the case's card as it is then and sends it with chat.update, so a late retry never puts
/// back an older state.
/// </summary>
public sealed record PendingSlackCardRefresh(string Channel, string MessageTs, string CaseId)
{
    public const string Kind = "slack-card-refresh";

    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    /// <summary>Reads a payload written by <see cref="ToJson"/>; null when it is not one.</summary>
    public static PendingSlackCardRefresh? TryParse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<PendingSlackCardRefresh>(json, JsonSerializerOptions.Web) is
                { Channel.Length: > 0, MessageTs.Length: > 0, CaseId.Length: > 0 } refresh
                ? refresh
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
