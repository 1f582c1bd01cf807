using NdrBot.Cards.Model;
using NdrBot.Core.Catalogue;

namespace NdrBot.Cards.Building;

/// <summary>Turns a catalogue checklist into toggles, ticking steps the case recorded as done.</summary>
internal static class ChecklistSections
{
    public static ChecklistSection From(Checklist checklist, TriageSection triage)
    {
        var done = triage.Case?.DoneSteps ?? [];
        return new ChecklistSection
        {
            Id = checklist.Id,
            Title = PlainText.Clean(checklist.Title, AnswerLimits.ShortFieldChars),
            Summary = PlainText.Clean(checklist.Summary, AnswerLimits.LongTextChars),
            Facts = [.. checklist.Facts.Take(10).Select(f => KeyValuePair.Create(
                PlainText.Clean(f.Label, AnswerLimits.ShortFieldChars), PlainText.Clean(f.Value, AnswerLimits.LongTextChars)))],
            Items = [.. checklist.Steps.Where(s => CardAction.IsValidId(s.Id)).Take(AnswerLimits.MaxChecklistSteps)
                .Select(s => new ChecklistItem(s.Id, PlainText.Clean(s.Text, AnswerLimits.LongTextChars), done.Contains(s.Id)))],
            CaseId = triage.CaseId,
            Version = triage.Version,
        };
    }
}
