using NdrBot.Cards.AdaptiveCards.Elements;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>
/// Text helpers. Every text, trusted or not, goes into TextRuns of a RichTextBlock, which clients never treat as
/// markdown, so pasted text cannot make links or formatting. Mention tags (<c>&lt;at&gt;</c>) are broken up too.
/// </summary>
internal static class AdaptiveText
{
    public static RichTextBlock Para(string text, TextSize? size = null, TextWeight? weight = null, TextColor? color = null, bool? subtle = null) =>
        new([Run(text) with { Size = size, Weight = weight, Color = color, IsSubtle = subtle }]);

    public static RichTextBlock Heading(string text) => Para(text, TextSize.Large, TextWeight.Bolder);

    public static RichTextBlock Label(string text) => Para(text, weight: TextWeight.Bolder) with { Spacing = Spacing.Medium };

    public static TextRun Run(string text) => new(Safe(text));

    public static RichTextBlock Numbered(int number, string text) =>
        new([Run($"{number}. ") with { Weight = TextWeight.Bolder }, Run(text)]) { Spacing = Spacing.Small };

    public static RichTextBlock Bullet(string text) => new([Run("• " + text)]) { Spacing = Spacing.Small };

    /// <summary>Breaks Teams mention tags (<c>&lt;at&gt;</c>) so no text can mention anyone.</summary>
    public static string Safe(string text) =>
        text.Replace("<at", "<\u200Bat", StringComparison.OrdinalIgnoreCase)
            .Replace("</at", "</\u200Bat", StringComparison.OrdinalIgnoreCase);

    public static IEnumerable<CardElement> Steps(IReadOnlyList<string> steps)
    {
        if (steps.Count == 0)
        {
            yield break;
        }

        yield return Label("Next steps");
        for (var i = 0; i < steps.Count; i++)
        {
            yield return Numbered(i + 1, steps[i]);
        }
    }

    public static IEnumerable<CardElement> Notices(IReadOnlyList<string> notices) =>
        notices.Select(n => Para(n, TextSize.Small, color: TextColor.Warning));
}
