namespace NdrBot.Cards.Model;

/// <summary>
/// What a card button means: a verb on a case at the version the card showed. The Adaptive Card form is the
/// <c>data</c> of an Action.Submit (<see cref="ToJson"/>/<see cref="TryParse"/>), the Slack form a button
/// <c>value</c> (<see cref="ToSlackValue"/>/<see cref="TryParseSlackValue"/>). Both parse back to an equal action.
/// </summary>
public sealed partial record CardAction
{
    /// <summary>Marks submit data as NdrBot's own (the value of <see cref="MarkerKey"/>).</summary>
    public const string Marker = "ndrbot/1";

    public const string MarkerKey = "ndrbot";

    /// <summary>Id of the note input (Adaptive Input.Text id; Slack block id and action id).</summary>
    public const string NoteInputId = "ndrbot.note";

    /// <summary>Prefix of checklist step input ids; the step id follows.</summary>
    public const string StepInputPrefix = "ndrbot.step.";

    public const int MaxCaseIdLength = 64;

    public const int MaxNoteLength = 1000;

    public const int MaxSteps = 40;

    public required CardVerb Verb { get; init; }

    /// <summary>Letters, digits and <c>. _ : -</c>, at most <see cref="MaxCaseIdLength"/> characters.</summary>
    public required string CaseId { get; init; }

    /// <summary>The case version the card showed; 0 before the case exists.</summary>
    public int Version { get; init; }

    /// <summary>The note typed (verb note), cut to <see cref="MaxNoteLength"/>.</summary>
    public string? Note { get; init; }

    /// <summary>Checklist step ids that were ticked (verb checklist), in card order.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    public bool Equals(CardAction? other) =>
        other is not null && Verb == other.Verb && CaseId == other.CaseId && Version == other.Version
        && Note == other.Note && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(Verb, CaseId, Version, Note, Steps.Count);

    /// <summary>True for case ids and step ids NdrBot issues: 1–64 of <c>[A-Za-z0-9._:-]</c>.</summary>
    public static bool IsValidId(string? id) =>
        !string.IsNullOrEmpty(id) && id.Length <= MaxCaseIdLength
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-');

    private static string? CleanNote(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return null;
        }

        note = note.Trim();
        if (note.Length <= MaxNoteLength)
        {
            return note;
        }

        var cut = char.IsHighSurrogate(note[MaxNoteLength - 1]) ? MaxNoteLength - 1 : MaxNoteLength;
        return note[..cut];
    }
}
