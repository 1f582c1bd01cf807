using NdrBot.Cards.Model;
using NdrBot.Host.Answering;
using NdrBot.Triage;
using NdrBot.Triage.Cases;
using NdrBot.Triage.Delivery;

namespace NdrBot.Host.Cases;

/// <summary>
/// Carries out a card button on the case store with the card's version (compare-and-set), for a case of the asker's
/// own conversation only: any other case is answered as missing (and logged). Applied: a short confirmation and the
/// updated card. Stale or refused: why, and the card as the case is now. Either way the reply says where the case's
/// card lives so the channel can update it in place for everyone.
/// </summary>
internal sealed class CaseActionHandler(ICaseStore store, CaseFinder finder, ICardReferenceStore references, CaseCards cards) : ICardActionHandler
{
    public async ValueTask<ActionReply> HandleAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(action);
        ArgumentNullException.ThrowIfNull(asker);
        if (await finder.GetAsync(action.CaseId, asker, cancellationToken) is not { } found)
        {
            return new ActionReply(CaseActionMessages.NoSuchCase(action.CaseId));
        }

        var result = await ApplyAsync(action, found, asker, cancellationToken);
        if (result.Current is not { } current)
        {
            return new ActionReply(CaseActionMessages.NoSuchCase(action.CaseId));
        }

        var card = await cards.CardAsync(current, asker, cancellationToken);
        var location = await references.GetCardReferenceAsync(current.Id, cancellationToken) is { } reference ? LocationOf(reference) : null;
        return new ActionReply(CaseActionMessages.For(result, action, asker), card, location);
    }

    private async Task<ApplyResult> ApplyAsync(CardAction action, Case c, Asker asker, CancellationToken cancellationToken)
    {
        if (action.Verb != CardVerb.Checklist)
        {
            return await store.ApplyAsync(c.Id, action.Version, Actors.By(ToCaseAction(action, Actors.IdOf(asker)), asker), cancellationToken);
        }

        // Note: the card sends every ticked step; each change is one toggle, applied at the version the last one left.
        var ticked = action.Steps.ToHashSet(StringComparer.Ordinal);
        var changed = ticked.Except(c.ChecklistDone).Concat(c.ChecklistDone.Except(ticked)).Order(StringComparer.Ordinal).ToList();
        if (changed.Count == 0)
        {
            return await store.ApplyAsync(c.Id, action.Version, Actors.By(new CaseAction.ToggleChecklistStep(Actors.IdOf(asker), ""), asker), cancellationToken);
        }

        ApplyResult result = new ApplyResult.NotFound(c.Id);
        var version = action.Version;
        foreach (var step in changed)
        {
            result = await store.ApplyAsync(c.Id, version, Actors.By(new CaseAction.ToggleChecklistStep(Actors.IdOf(asker), step), asker), cancellationToken);
            if (result is not ApplyResult.Applied applied)
            {
                break;
            }

            version = applied.Case.Version;
        }

        return result;
    }

    private static CaseAction ToCaseAction(CardAction action, string actor) => action.Verb switch
    {
        CardVerb.Claim => new CaseAction.Claim(actor),
        CardVerb.TakeOver => new CaseAction.TakeOver(actor),
        CardVerb.Release => new CaseAction.Release(actor),
        CardVerb.Note => new CaseAction.AddNote(actor, action.Note ?? ""),
        CardVerb.Resolve => new CaseAction.Resolve(actor, action.Note),
        CardVerb.Reopen => new CaseAction.Reopen(actor),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action.Verb, "not a single case action"),
    };

    /// <summary>Null for a reference naming a channel this build does not know.</summary>
    public static CardLocation? LocationOf(CardReference reference) =>
        ChatChannelNames.TryParse(reference.Channel, out var channel)
            ? new(channel.Value, reference.ConversationId, reference.ServiceUrl, reference.MessageId)
            : null;
}
