using NdrBot.Cards.Model;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary>
/// The conversation a request comes from, as cases are scoped: the channel, the workspace and the conversation
/// (<c>msteams:tenant/19:abc@thread.tacv2</c>, <c>slack:T1/C024</c>, <c>webchat:local/webchat</c>), and its thread.
/// </summary>
internal sealed record ConversationKey(CaseScope Scope, string? Thread)
{
    public string Key => Scope.Key;

    /// <summary>Null when the asker names no conversation: then no case is opened, found or changed.</summary>
    public static ConversationKey? Of(Asker asker)
    {
        ArgumentNullException.ThrowIfNull(asker);
        if (string.IsNullOrWhiteSpace(asker.ConversationId))
        {
            return null;
        }

        // Note: cases opened before keys held the workspace were keyed "channel:conversation"; that stays their
        // conversation's former key, so they keep working where they were opened.
        var channel = asker.Channel.Name();
        var former = $"{channel}:{asker.ConversationId}";
        var key = string.IsNullOrWhiteSpace(asker.Workspace) ? former : $"{channel}:{asker.Workspace}/{asker.ConversationId}";
        return new ConversationKey(new CaseScope(key, former), asker.ThreadId);
    }
}
