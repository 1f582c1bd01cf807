using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Host.Checks;
using NdrBot.Triage;
using NdrBot.Triage.Cases;
using CardCaseStatus = NdrBot.Cards.Model.CaseStatus;
using TriageCaseStatus = NdrBot.Triage.Cases.CaseStatus;

namespace NdrBot.Host.Cases;

/// <summary>Builds what a card shows for a stored case: its <see cref="CaseView"/>, and the whole case card.</summary>
internal sealed class CaseCards(ICaseStore store, Explainer explainer, CodeCatalogue catalogue, CaseFindings findings, CheckRuns checks)
{
    /// <summary>
    /// The case as a card shows it to <paramref name="viewer"/>: when only they see the card, it knows whether they
    /// own the case; for a shared card (or no viewer, as for a late refresh) it does not.
    /// </summary>
    public async Task<CaseView> ViewAsync(Case c, Asker? viewer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        return View(c, viewer, await store.DigestAsync(c.Id, AnswerLimits.MaxNotesShown, cancellationToken));
    }

    /// <summary>As <see cref="ViewAsync"/>, with the digest already read (with <see cref="AnswerLimits.MaxNotesShown"/> notes).</summary>
    public static CaseView View(Case c, Asker? viewer, CaseDigest digest)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(digest);
        return new CaseView
        {
            CaseId = c.Id,
            Version = c.Version,
            Status = c.Status == TriageCaseStatus.Resolved ? CardCaseStatus.Resolved : c.Owner is null ? CardCaseStatus.Open : CardCaseStatus.Claimed,
            Owner = c.Owner is null ? null : Actors.OwnerName(c),
            ViewerOwnsIt = viewer is { Private: true } && c.Owner is not null ? Actors.Owns(viewer, c) : null,
            LastNotes = [.. digest.LastNotes.Select(n => new CaseNote(n.Author, n.Text, n.At))],
            HistoryCount = digest.HistoryCount,
            DoneSteps = [.. c.ChecklistDone.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The card of a stored case, from the findings its first answer showed (recipients, codes, remote server and its
    /// words) and the catalogue as it is now. A case stored before findings were kept is rebuilt from its codes and
    /// recipients instead, without the remote server's words. Its stored live checks are shown; while they still
    /// run here, the card says so.
    /// </summary>
    public async Task<Answer> CardAsync(Case c, Asker? viewer, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(c, viewer, cancellationToken);
        var explanation = c.Details is { } details ? findings.ToExplanation(details, Checklists(c)) : Rebuild(c);
        var answer = AnswerBuilder.FromExplanation(explanation, view, StoredChecks.From(c.Details));
        if (answer.Checks is null && checks.IsRunning(c.Id))
        {
            answer = answer with { Checks = CheckSections.Pending() };
        }

        return WithCaseHeading(answer, c);
    }

    private IReadOnlyList<Checklist> Checklists(Case c) =>
        c.ChecklistId is { } id && catalogue.FindChecklist(id) is { } checklist ? [checklist] : [];

    private Explanation Rebuild(Case c)
    {
        var codes = explainer.Explain(string.Join(' ', c.Codes));
        var checklists = c.ChecklistId is null ? codes.Checklists : Checklists(c);
        if (c.Recipients.Count == 0 || codes.Findings.Count == 0)
        {
            return codes with { Checklists = checklists };
        }

        var findings = c.Recipients.Select((r, i) => codes.Findings[Math.Min(i, codes.Findings.Count - 1)] with { Recipient = r }).ToList();
        return new Explanation(ExplanationKind.Bounce, findings, checklists);
    }

    private static Answer WithCaseHeading(Answer answer, Case c) =>
        answer.Kind == AnswerKind.Code ? answer : answer with { Title = $"Case {c.Code}: {answer.Title}" };
}
