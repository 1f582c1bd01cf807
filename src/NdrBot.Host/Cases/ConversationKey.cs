using NdrBot.Cards.Model;

namespace NdrBot.Host.Cases;

/// <summary>The conversation a case belongs to (<c>msteams:19:abc@thread.tacv2</c>, <c>slack:C024</c>) and its thread.</summary>
internal sealed record ConversationKey(string Key, string? Thread)
{
    /// <summary>Null when the asker names no conversation: then no case is opened.</summary>
    public static ConversationKey? Of(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        return string.IsNullOrWhiteSpace(asker.ConversationId)
            ? null
            : new ConversationKey($"{asker.Channel.Name()}:{asker.ConversationId}", asker.ThreadId);
    }
}
