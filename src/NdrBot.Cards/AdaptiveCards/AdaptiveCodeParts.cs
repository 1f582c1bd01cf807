using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>One explained code: code and title, permanence, meaning, numbered steps, vendor note, inference, link.</summary>
internal static class AdaptiveCodeParts
{
    public static IEnumerable<CardElement> Code(CodeSection code, bool first)
    {
        yield return new RichTextBlock(
        [
            Run(code.Code) with { Size = TextSize.Large, Weight = TextWeight.Bolder, Color = TextColor.Accent },
            Run("  " + code.Title) with { Size = TextSize.Large, Weight = TextWeight.Bolder },
        ])
        { Separator = first ? null : true, Spacing = first ? null : Spacing.Large };
        yield return Permanence(code);
        yield return Para(code.Meaning);
        foreach (var step in Steps(code.Steps))
        {
            yield return step;
        }

        if (code.VendorNote is not null)
        {
            yield return new Container([Para(code.VendorNote, TextSize.Small)]) { Style = ContainerStyle.Emphasis, Spacing = Spacing.Medium };
        }

        if (code.InferredFrom is not null)
        {
            yield return Para($"No entry for {code.Code} itself: inferred from {code.InferredFrom}.", TextSize.Small, subtle: true);
        }

        if (code.Link is not null)
        {
            yield return new ActionSet([new OpenUrlAction($"Documentation ({code.Link.Host})", code.Link)]);
        }
    }

    private static RichTextBlock Permanence(CodeSection code)
    {
        var reply = code.ReplyCode is null ? "" : $" · reply {code.ReplyCode}";
        return code.Transient
            ? Para("Temporary: the sending server keeps retrying" + reply, TextSize.Small, TextWeight.Bolder, TextColor.Warning)
            : Para("Permanent: the message was not delivered and will not be retried" + reply, TextSize.Small, TextWeight.Bolder, TextColor.Attention);
    }
}
