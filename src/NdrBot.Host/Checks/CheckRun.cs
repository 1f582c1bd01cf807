using NdrBot.Cards.Model;

namespace NdrBot.Host.Checks;

/// <summary>
/// The checks of one answer, from the moment the answer promised them until its card shows them: where that card
/// was posted (once the channel says), and when the checks were done. Changed only under <see cref="CheckRuns"/>'s
/// lock.
/// </summary>
internal sealed class CheckRun(string caseId, ChatChannel channel)
{
    public string CaseId { get; } = caseId;

    public ChatChannel Channel { get; } = channel;

    public CardLocation? Card { get; set; }

    /// <summary>When the checks were done (stored with the case, or found not storable); null while they run.</summary>
    public DateTimeOffset? FinishedAt { get; set; }
}
