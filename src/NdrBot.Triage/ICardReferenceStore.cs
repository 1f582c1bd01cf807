using NdrBot.Triage.Delivery;

namespace NdrBot.Triage;

public interface ICardReferenceStore
{
    /// <summary>Saves where a case's card lives, replacing the previous reference of the case.</summary>
    Task SaveCardReferenceAsync(CardReference reference, CancellationToken cancellationToken = default);

    Task<CardReference?> GetCardReferenceAsync(string caseId, CancellationToken cancellationToken = default);
}
