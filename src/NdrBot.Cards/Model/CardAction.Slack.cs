using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace NdrBot.Cards.Model;

public sealed partial record CardAction
{
    private const string SlackPrefix = "ndrbot1";

    /// <summary>
    /// The Block Kit button <c>value</c>: <c>ndrbot1|verb|caseId|version[|steps[|note]]</c>, steps comma-separated
    /// and the note percent-encoded. Buttons NdrBot renders carry no note or steps: Slack sends those in
    /// <c>state.values</c> under <see cref="NoteInputId"/> and <see cref="StepInputPrefix"/><c>id</c>.
    /// </summary>
    public string ToSlackValue()
    {
        var value = string.Join('|', SlackPrefix, Verb.ToWire(), CaseId, Version.ToString(CultureInfo.InvariantCulture));
        if (Steps.Count > 0 || Note is not null)
        {
            value += "|" + string.Join(',', Steps);
        }

        if (Note is not null)
        {
            value += "|" + Uri.EscapeDataString(Note);
        }

        return value;
    }

    public static bool TryParseSlackValue(string? value, [NotNullWhen(true)] out CardAction? action)
    {
        action = null;
        var parts = value?.Split('|');
        if (parts is null || parts.Length is < 4 or > 6 || parts[0] != SlackPrefix
            || !CardVerbNames.TryParse(parts[1], out var verb) || !IsValidId(parts[2])
            || !int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }

        string[] steps = parts.Length > 4 && parts[4].Length > 0 ? parts[4].Split(',') : [];
        if (steps.Length > MaxSteps || !steps.All(IsValidId))
        {
            return false;
        }

        var note = parts.Length > 5 ? CleanNote(Uri.UnescapeDataString(parts[5])) : null;
        action = new CardAction { Verb = verb.Value, CaseId = parts[2], Version = version, Note = note, Steps = steps };
        return true;
    }
}
