using System.Text.Json;
using NdrBot.Cards.Model;

namespace NdrBot.Teams.Activities;

/// <summary>Who sent an activity and where, in the channel-neutral terms cases use.</summary>
public static class ActivityAsker
{
    private const string ThreadMarker = ";messageid=";

    public static Asker Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var (conversation, thread) = Split(activity.Conversation?.Id);
        return new Asker(ChatChannel.Teams, activity.From?.AadObjectId ?? activity.From?.Id, activity.From?.Name, conversation, thread)
        {
            Workspace = activity.Conversation?.TenantId ?? ChannelDataTenant(activity),
            Private = activity.Conversation?.IsPersonal == true,
        };
    }

    // Note: Teams puts the tenant in conversation.tenantId and in channelData.tenant.id (protocol brief A1).
    private static string? ChannelDataTenant(Activity activity) =>
        activity.Extra?.TryGetValue("channelData", out var data) == true && data.ValueKind == JsonValueKind.Object
        && data.TryGetProperty("tenant", out var tenant) && tenant.ValueKind == JsonValueKind.Object
        && tenant.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;

    // Note: a Teams channel thread's conversation id is the channel id plus ";messageid=<root post>" (protocol brief
    // A1); cases belong to the channel, so `@ndrbot cases` in any of its threads lists them all.
    private static (string? Conversation, string? Thread) Split(string? id)
    {
        var marker = id?.IndexOf(ThreadMarker, StringComparison.Ordinal) ?? -1;
        return marker < 0 ? (id, null) : (id![..marker], id[(marker + ThreadMarker.Length)..]);
    }
}
