using NdrBot.Cards.Model;

namespace NdrBot.Host.Cases;

/// <summary>The conversation a case belongs to (<c>msteams:19:abc@thread.tacv2</c>, <c>slack:C024</c>) and its thread.</summary>
internal sealed record ConversationKey(string Key, string? Thread)
{
    private const string TeamsThreadMarker = ";messageid=";

    /// <summary>Null when the asker names no conversation: then no case is opened.</summary>
    public static ConversationKey? Of(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        if (string.IsNullOrWhiteSpace(asker.ConversationId))
        {
            return null;
        }

        // Note: a Teams channel thread's conversation id is the channel id plus ";messageid=<root post>"; cases
        // belong to the channel, so `@ndrbot cases` in any thread lists them all.
        var id = asker.ConversationId;
        var marker = id.IndexOf(TeamsThreadMarker, StringComparison.Ordinal);
        return marker < 0
            ? new ConversationKey($"{asker.Channel}:{id}", asker.ThreadId)
            : new ConversationKey($"{asker.Channel}:{id[..marker]}", asker.ThreadId ?? id[(marker + TeamsThreadMarker.Length)..]);
    }
}
