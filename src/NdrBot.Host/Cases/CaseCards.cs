using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;
using NdrBot.Core.Diagnosis;
using NdrBot.Triage;
using NdrBot.Triage.Cases;
using CardCaseStatus = NdrBot.Cards.Model.CaseStatus;
using TriageCaseStatus = NdrBot.Triage.Cases.CaseStatus;

namespace NdrBot.Host.Cases;

/// <summary>Builds what a card shows for a stored case: its <see cref="CaseView"/>, and the whole case card.</summary>
internal sealed class CaseCards(ICaseStore store, Explainer explainer, CodeCatalogue catalogue)
{
    public async Task<CaseView> ViewAsync(Case c, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(c);
        var digest = await store.DigestAsync(c.Id, AnswerLimits.MaxNotesShown, cancellationToken);
        return new CaseView
        {
            CaseId = c.Id,
            Version = c.Version,
            Status = c.Status == TriageCaseStatus.Resolved ? CardCaseStatus.Resolved : c.Owner is null ? CardCaseStatus.Open : CardCaseStatus.Claimed,
            Owner = c.Owner,
            LastNotes = [.. digest.LastNotes.Select(n => new CaseNote(n.Author, n.Text, n.At))],
            HistoryCount = digest.HistoryCount,
            DoneSteps = [.. c.ChecklistDone.Order(StringComparer.Ordinal)],
        };
    }

    /// <summary>
    /// The card of a stored case. The paste itself is not stored, so the card is rebuilt from the case's codes,
    /// recipients and checklist (the remote server's words are not shown again).
    /// </summary>
    public async Task<Answer> CardAsync(Case c, CancellationToken cancellationToken)
    {
        var view = await ViewAsync(c, cancellationToken);
        var answer = AnswerBuilder.FromExplanation(Rebuild(c), view);
        return WithCaseHeading(answer, c);
    }

    private Explanation Rebuild(Case c)
    {
        var codes = explainer.Explain(string.Join(' ', c.Codes));
        var checklists = c.ChecklistId is { } id && catalogue.FindChecklist(id) is { } checklist ? [checklist] : codes.Checklists;
        if (c.Recipients.Count == 0 || codes.Findings.Count == 0)
        {
            return codes with { Checklists = checklists };
        }

        var findings = c.Recipients.Select((r, i) => codes.Findings[Math.Min(i, codes.Findings.Count - 1)] with { Recipient = r }).ToList();
        return new Explanation(ExplanationKind.Bounce, findings, checklists);
    }

    private static Answer WithCaseHeading(Answer answer, Case c) =>
        answer.Kind == AnswerKind.Code ? answer : answer with { Title = $"Case {c.Id}: {answer.Title}" };
}
