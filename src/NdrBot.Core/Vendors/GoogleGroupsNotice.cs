namespace NdrBot.Core.Vendors;

/// <summary>
/// The notice Google Groups sends a poster whose message a group refused (Google Workspace Admin Help 168383,
/// "Message rejected by Google Groups"). It is written in the poster's language and names neither a code nor, in its
/// visible text, the group's address: pasted without its headers, what marks it is that it points the reader to the
/// Groups help centre and is signed "Google Groups".
/// </summary>
internal static class GoogleGroupsNotice
{
    private const string HelpCentre = "groups.google.com/support";

    private const string Signature = "google groups";

    /// <summary>True for the notice's text; <paramref name="lower"/> is the text in lower case.</summary>
    // Note: a group's ordinary post also names Google Groups and links groups.google.com (its footer's /d/optout and
    // /d/msgid links), but not the help centre, so both marks are required.
    public static bool In(string lower) =>
        lower.Contains(HelpCentre, StringComparison.Ordinal) && lower.Contains(Signature, StringComparison.Ordinal);
}
