using System.Text;

namespace NdrBot.Cards.Building;

/// <summary>
/// Makes untrusted text safe to carry in an <see cref="Model.Answer"/>: control characters and line breaks
/// become spaces, whitespace runs collapse, and long text is cut with an ellipsis. Format escaping is the renderers' job.
/// </summary>
public static class PlainText
{
    public static string Clean(string? text, int maxChars)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(Math.Min(text.Length, maxChars + 1));
        var space = false;
        foreach (var rune in text.EnumerateRunes())
        {
            var blank = Rune.IsWhiteSpace(rune) || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format;
            if (blank)
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(rune.ToString());
            if (sb.Length > maxChars)
            {
                return Cut(sb.ToString(), maxChars);
            }
        }

        return sb.ToString();
    }

    private static string Cut(string text, int maxChars)
    {
        var cut = maxChars - 1;
        if (char.IsLowSurrogate(text[cut]))
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
