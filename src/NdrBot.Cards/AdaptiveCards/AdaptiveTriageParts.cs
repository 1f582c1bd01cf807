using System.Globalization;
using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>Case state (owner, status, last notes, history), the note input and the triage buttons.</summary>
internal static class AdaptiveTriageParts
{
    public static IEnumerable<CardElement> State(TriageSection triage)
    {
        if (triage.Case is not { } c)
        {
            yield break;
        }

        var history = c.HistoryCount.ToString(CultureInfo.InvariantCulture);
        yield return new RichTextBlock(
        [
            Run("Case: ") with { IsSubtle = true }, Run(c.Status.ToString()) with { Weight = TextWeight.Bolder },
            Run("  ·  Owner: ") with { IsSubtle = true }, Run(c.Owner ?? "nobody yet") with { Weight = TextWeight.Bolder },
            Run($"  ·  {history} event{(c.HistoryCount == 1 ? "" : "s")}") with { IsSubtle = true },
        ])
        { Separator = true, Spacing = Spacing.Large };
        foreach (var note in c.LastNotes.TakeLast(AnswerLimits.MaxNotesShown))
        {
            yield return new RichTextBlock(
            [
                Run(PlainText.Clean(note.Author, AnswerLimits.ShortFieldChars)) with { Weight = TextWeight.Bolder, Size = TextSize.Small },
                Run(" " + note.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + ": ") with { IsSubtle = true, Size = TextSize.Small },
                Run(PlainText.Clean(note.Text, AnswerLimits.NoteChars)) with { Size = TextSize.Small },
            ])
            { Spacing = Spacing.Small };
        }
    }

    public static InputText NoteInput() => new()
    {
        Id = CardAction.NoteInputId,
        Label = "Note for the team",
        Placeholder = "What did you find or do?",
        MaxLength = CardAction.MaxNoteLength,
        Spacing = Spacing.Medium,
    };

    public static IReadOnlyList<AdaptiveAction> Buttons(TriageSection triage) =>
        [.. triage.Verbs.Select(verb => new SubmitAction(verb.Label(), Action(triage, verb).ToJson())
        {
            // Note: only "Add note" sends the typed text; the others must not pick up a half-typed note.
            AssociatedInputs = verb == CardVerb.Note ? AssociatedInputs.Auto : AssociatedInputs.None,
        })];

    private static CardAction Action(TriageSection triage, CardVerb verb) =>
        new() { Verb = verb, CaseId = triage.CaseId, Version = triage.Version };
}
