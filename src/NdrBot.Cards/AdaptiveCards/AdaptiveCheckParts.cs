using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>The "Checks" section: one block per live check (what, verdict, the record read, the step), then notes.</summary>
internal static class AdaptiveCheckParts
{
    public static IEnumerable<CardElement> Checks(ChecksSection? section)
    {
        if (section is null)
        {
            yield break;
        }

        yield return Label("Checks");
        foreach (var line in section.Lines)
        {
            yield return Line(line);
        }

        foreach (var note in section.Notes)
        {
            yield return Para(note, TextSize.Small, subtle: true) with { Spacing = Spacing.Small };
        }
    }

    private static Container Line(CheckLine line)
    {
        var items = new List<CardElement>
        {
            new RichTextBlock(
            [
                Run(line.Label) with { Weight = TextWeight.Bolder },
                Run("  " + line.Subject + "  "),
                Run(line.Verdict) with { Weight = TextWeight.Bolder, Color = Color(line.Tone) },
            ]),
        };
        if (line.Record is not null)
        {
            items.Add(new RichTextBlock([Run(line.Record) with { Size = TextSize.Small, FontType = FontType.Monospace, IsSubtle = true }]) { Spacing = Spacing.None });
        }

        if (line.Detail is not null)
        {
            items.Add(Para(line.Detail, TextSize.Small, subtle: true) with { Spacing = Spacing.None });
        }

        items.Add(Para(line.Step) with { Spacing = Spacing.Small });
        return new Container(items) { Separator = true, Spacing = Spacing.Small };
    }

    private static TextColor Color(CheckTone tone) => tone switch
    {
        CheckTone.Good => TextColor.Good,
        CheckTone.Warning => TextColor.Warning,
        CheckTone.Attention => TextColor.Attention,
        _ => TextColor.Default,
    };
}
