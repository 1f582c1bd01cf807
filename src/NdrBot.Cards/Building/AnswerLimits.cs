namespace NdrBot.Cards.Building;

/// <summary>How much one answer shows, so every card stays readable and far inside both channels' limits.</summary>
public static class AnswerLimits
{
    public const int MaxCodes = 5;

    public const int MaxRecipients = 8;

    public const int MaxCombinedSteps = 8;

    public const int MaxStepsPerCode = 8;

    /// <summary>The remote server's words are cut to this many characters.</summary>
    public const int RemoteWordsChars = 300;

    /// <summary>Addresses, host names and codes from a bounce are cut to this many characters.</summary>
    public const int ShortFieldChars = 120;

    /// <summary>Catalogue texts (meaning, steps, notes) are cut to this many characters.</summary>
    public const int LongTextChars = 1200;

    /// <summary>Checklist steps shown (each is a toggle in Teams and a block in Slack).</summary>
    public const int MaxChecklistSteps = 20;

    public const int MaxNotesShown = 3;

    /// <summary>Live checks shown on one card.</summary>
    public const int MaxChecks = 8;

    public const int NoteChars = 300;
}
