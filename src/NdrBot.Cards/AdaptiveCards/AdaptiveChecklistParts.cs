using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>A checklist: summary, facts (phone numbers, limits), one toggle per step and a submit that records progress.</summary>
internal static class AdaptiveChecklistParts
{
    public static IEnumerable<CardElement> Checklist(ChecklistSection checklist, bool withTitle)
    {
        if (withTitle)
        {
            yield return Para(checklist.Title, TextSize.Medium, TextWeight.Bolder) with { Separator = true, Spacing = Spacing.Large };
            yield return Para(checklist.Summary);
        }

        // Note: catalogue facts are reviewed text, so a FactSet (which Teams reads as markdown) is acceptable here.
        if (checklist.Facts.Count > 0)
        {
            yield return new FactSet([.. checklist.Facts.Select(f => new Fact(Safe(f.Key), Safe(f.Value)))]) { Spacing = Spacing.Medium };
        }

        if (checklist.Items.Count == 0)
        {
            yield break;
        }

        yield return Label("Checklist");
        foreach (var item in checklist.Items)
        {
            yield return new InputToggle(Safe(item.Text))
            {
                Id = CardAction.StepInputPrefix + item.Id,
                Value = item.Done ? "true" : "false",
                ValueOn = "true",
                ValueOff = "false",
                Spacing = Spacing.Small,
            };
        }

        var save = new CardAction { Verb = CardVerb.Checklist, CaseId = checklist.CaseId, Version = checklist.Version };
        yield return new ActionSet([new SubmitAction(CardVerb.Checklist.Label(), save.ToJson()) { AssociatedInputs = AssociatedInputs.Auto }]);
    }
}
