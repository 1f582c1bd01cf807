namespace NdrBot.Core.Codes;

/// <summary>
/// What the recognizer found: codes in order of appearance (each distinct code once), the checklists whose
/// keywords occur, and whether the input was cut at <see cref="CodeRecognizer.MaxInputChars"/>.
/// </summary>
public sealed record RecognitionResult(
    IReadOnlyList<CodeMention> Mentions,
    IReadOnlyList<string> ChecklistIds,
    bool Truncated)
{
    public static RecognitionResult Empty { get; } = new([], [], false);
}
