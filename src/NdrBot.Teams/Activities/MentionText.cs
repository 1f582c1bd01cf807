using System.Text.RegularExpressions;

namespace NdrBot.Teams.Activities;

/// <summary>
/// The question in a message: the text with the mention of the bot removed and other mentions reduced to their
/// names, as botbuilder's RemoveRecipientMention and NormalizeMentionsMiddleware do (protocol brief A1).
/// </summary>
public static partial class MentionText
{
    public static string QuestionOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? "";
        foreach (var mention in activity.Entities ?? [])
        {
            if (mention.Type != "mention" || mention.Mentioned?.Id is not { } id || id != activity.Recipient?.Id)
            {
                continue;
            }

            var tag = mention.Text ?? $"<at>{mention.Mentioned.Name}</at>";
            text = Regex.Replace(text, Regex.Escape(tag), " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }

        // Note: Teams sometimes glues the next word to a closing tag ("<at>Kim</at>please"); keep a space there.
        text = AtClose().Replace(AtOpen().Replace(text, ""), " ");
        return text.Trim();
    }

    [GeneratedRegex("<at[^>]*>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtOpen();

    [GeneratedRegex("</at>", RegexOptions.IgnoreCase | RegexOptions.NonBacktracking)]
    private static partial Regex AtClose();
}
