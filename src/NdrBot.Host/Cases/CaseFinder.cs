using NdrBot.Cards.Model;
using NdrBot.Triage;
using NdrBot.Triage.Cases;

namespace NdrBot.Host.Cases;

/// <summary>
/// The one place a case is looked up for someone who asks: only a case of the asker's own conversation is found. A
/// case of another conversation is answered exactly as a missing one (null, after the same lookups), and the attempt
/// is logged as a warning with both scopes.
/// </summary>
internal sealed class CaseFinder(ICaseStore store, ILogger<CaseFinder> logger)
{
    /// <summary>The case with this key or short code (<c>C-7K3Q</c>, any case) in the asker's conversation.</summary>
    public async Task<Case?> FindAsync(string keyOrCode, Asker asker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keyOrCode);
        if (!CardAction.IsValidId(keyOrCode))
        {
            return null;
        }

        var conversation = ConversationKey.Of(asker);
        if (conversation is not null && await store.FindAsync(conversation.Scope, keyOrCode, cancellationToken) is { } found)
        {
            return found;
        }

        // Note: a short code is unique only within its conversation, so only a key (or a code that was an old case's
        // key) names a case elsewhere. Both lookups run for a missing case too, so it takes the same path.
        var byKey = await store.GetAsync(keyOrCode, cancellationToken);
        var byOldCode = await store.GetAsync(keyOrCode.ToUpperInvariant(), cancellationToken);
        if ((byKey ?? byOldCode) is { } elsewhere)
        {
            CasesLog.OutOfScope(logger, elsewhere.Id, elsewhere.Conversation, conversation?.Key ?? NoConversation);
        }

        return null;
    }

    /// <summary>The case with this key (a card button's), when it lives in the asker's conversation.</summary>
    public async Task<Case?> GetAsync(string caseId, Asker asker, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(caseId, cancellationToken) is not { } c)
        {
            return null;
        }

        // Note: a case's conversation never changes, so the check holds for whatever is done with it next.
        var conversation = ConversationKey.Of(asker);
        if (conversation is not null && conversation.Scope.Holds(c))
        {
            return c;
        }

        CasesLog.OutOfScope(logger, c.Id, c.Conversation, conversation?.Key ?? NoConversation);
        return null;
    }

    private const string NoConversation = "(no conversation)";
}
