using System.Text.Json;

namespace NdrBot.Triage;

/// <summary>Keeps the live DNS checks of a case with its findings (the <c>checks</c> field of its details).</summary>
public interface ICaseChecksStore
{
    /// <summary>
    /// Stores <paramref name="checks"/> as the case's checks, replacing earlier ones and keeping everything else in
    /// its details, unknown fields too. The case's version does not change: checks are not an action on the case, so
    /// a card rendered before them still acts. False when there is no such case, or it has no details to add to (a
    /// case stored before details were kept).
    /// </summary>
    Task<bool> SaveChecksAsync(string caseId, JsonElement checks, CancellationToken cancellationToken = default);
}
