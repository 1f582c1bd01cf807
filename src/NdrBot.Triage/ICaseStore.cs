using NdrBot.Triage.Cases;

namespace NdrBot.Triage;

/// <summary>The cases a helpdesk triages together, with their history. Implemented over SQLite and PostgreSQL.</summary>
public interface ICaseStore
{
    /// <summary>
    /// Opens a case for a bounce, or, when the same recipient and code were seen in an open case of the same
    /// conversation within <see cref="TriageOptions.RepeatWindow"/>, attaches the bounce to that case and says so.
    /// The result carries the case's digest with its last <paramref name="lastNotes"/> notes, as
    /// <see cref="DigestAsync"/> would give it right after, so answering needs no second trip to the store.
    /// </summary>
    Task<OpenOrAttachResult> OpenOrAttachAsync(NewCase bounce, int lastNotes, CancellationToken cancellationToken = default);

    /// <summary>As <see cref="OpenOrAttachAsync(NewCase, int, CancellationToken)"/>, with no notes in the digest.</summary>
    Task<OpenOrAttachResult> OpenOrAttachAsync(NewCase bounce, CancellationToken cancellationToken = default) =>
        OpenOrAttachAsync(bounce, 0, cancellationToken);

    /// <summary>The case with this key, wherever it lives: for the host's own use (card refreshes), after a scope check.</summary>
    Task<Case?> GetAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The case of <paramref name="scope"/> with this key or code (<c>C-7K3Q</c>, any case); null when the scope has
    /// none, even when another conversation has one.
    /// </summary>
    Task<Case?> FindAsync(CaseScope scope, string keyOrCode, CancellationToken cancellationToken = default);

    /// <summary>Open cases of a conversation, oldest first.</summary>
    Task<IReadOnlyList<Case>> ListOpenAsync(CaseScope scope, CancellationToken cancellationToken = default);

    /// <summary>Open cases of a conversation owned by a person (any of the ids they are recorded under), oldest first.</summary>
    Task<IReadOnlyList<Case>> ListByOwnerAsync(CaseScope scope, IReadOnlyList<string> owners, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies an action if <paramref name="expectedVersion"/> is still the case's version (compare-and-set) and the
    /// state allows it. Every outcome except <see cref="ApplyResult.NotFound"/> is recorded in the history, refusals
    /// too, and carries the current state.
    /// </summary>
    Task<ApplyResult> ApplyAsync(string caseId, int expectedVersion, CaseAction action, CancellationToken cancellationToken = default);

    /// <summary>The case's history in order; empty when there is no such case.</summary>
    Task<IReadOnlyList<CaseEvent>> HistoryAsync(string caseId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Note>> NotesAsync(string caseId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The length of the case's history and its last <paramref name="lastNotes"/> notes (oldest first), without
    /// reading the whole history: a case attached to often has thousands of entries.
    /// </summary>
    Task<CaseDigest> DigestAsync(string caseId, int lastNotes, CancellationToken cancellationToken = default);

    /// <summary>Counts cases opened since an instant, in one conversation or (null) everywhere.</summary>
    Task<StatsWindow> StatsAsync(CaseScope? scope, DateTimeOffset since, CancellationToken cancellationToken = default);
}
