using NdrBot.Cards.Model;

namespace NdrBot.Host.Answering;

/// <summary>Carries out a card button on the case store (<see cref="Cases.CaseActionHandler"/>).</summary>
public interface ICardActionHandler
{
    ValueTask<ActionReply> HandleAsync(CardAction action, Asker asker, CancellationToken cancellationToken = default);
}
