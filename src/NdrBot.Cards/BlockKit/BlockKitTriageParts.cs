using System.Globalization;
using System.Text.Json.Nodes;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using static NdrBot.Cards.BlockKit.Mrkdwn;
using static NdrBot.Cards.BlockKit.SlackBlocks;

namespace NdrBot.Cards.BlockKit;

/// <summary>Checklist blocks (a checkbox per step) and triage blocks (case state, note input, buttons).</summary>
internal static class BlockKitTriageParts
{
    public static IEnumerable<JsonObject> Checklist(ChecklistSection checklist, bool withTitle)
    {
        if (withTitle)
        {
            yield return Section($"*{Escape(checklist.Title)}*\n{Escape(checklist.Summary)}");
        }

        if (checklist.Facts.Count > 0)
        {
            yield return Fields(checklist.Facts.Select(f => $"*{Escape(f.Key)}*\n{Escape(f.Value)}"));
        }

        foreach (var item in checklist.Items)
        {
            var option = new JsonObject { ["text"] = Plain("Done"), ["value"] = item.Id };
            var box = new JsonObject
            {
                ["type"] = "checkboxes",
                ["action_id"] = CardAction.StepInputPrefix + item.Id,
                ["options"] = new JsonArray(option),
            };
            if (item.Done)
            {
                box["initial_options"] = new JsonArray(option.DeepClone());
            }

            yield return Section(Escape(item.Text), box);
        }

        if (checklist.Items.Count > 0)
        {
            var save = new CardAction { Verb = CardVerb.Checklist, CaseId = checklist.CaseId, Version = checklist.Version };
            yield return Actions("ndrbot.checklist", [Button(CardVerb.Checklist.Label(), "ndrbot.checklist", save.ToSlackValue())]);
        }
    }

    public static IEnumerable<JsonObject> Triage(TriageSection triage)
    {
        if (triage.Case is { } c)
        {
            var events = c.HistoryCount.ToString(CultureInfo.InvariantCulture) + (c.HistoryCount == 1 ? " event" : " events");
            yield return Context($"Case: *{c.Status}*  ·  Owner: *{(c.Owner is null ? "nobody yet" : Person(c.Owner))}*  ·  {events}");
            var notes = c.LastNotes.TakeLast(AnswerLimits.MaxNotesShown).Select(n =>
                $"*{Person(PlainText.Clean(n.Author, AnswerLimits.ShortFieldChars))}* "
                + n.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) + ": "
                + Escape(PlainText.Clean(n.Text, AnswerLimits.NoteChars))).ToList();
            if (notes.Count > 0)
            {
                yield return Context(notes);
            }
        }

        yield return new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = CardAction.NoteInputId,
            ["optional"] = true,
            ["label"] = Plain("Note for the team"),
            ["element"] = new JsonObject
            {
                ["type"] = "plain_text_input",
                ["action_id"] = CardAction.NoteInputId,
                ["max_length"] = CardAction.MaxNoteLength,
                ["placeholder"] = Plain("What did you find or do?"),
            },
        };
        yield return Actions("ndrbot.triage", triage.Verbs.Select(verb =>
            Button(verb.Label(), "ndrbot." + verb.ToWire(), new CardAction { Verb = verb, CaseId = triage.CaseId, Version = triage.Version }.ToSlackValue())));
    }
}
