using NdrBot.Cards.Model;

namespace NdrBot.Host.Answering;

/// <summary>Carries out a card button. The triage issue replaces the acknowledging default with the case store.</summary>
public interface ICardActionHandler
{
    ValueTask<ActionReply> HandleAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default);
}
