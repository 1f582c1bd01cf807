using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Building;
using NdrBot.Cards.Model;
using NdrBot.Core.Diagnosis;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>One explained code: code and title, its class, whether delivery is final, meaning, numbered steps, vendor note, inference, link.</summary>
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
        yield return Delivery(code);
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
        return Para(DeliveryText.ClassLine(code.Transient) + reply, TextSize.Small, TextWeight.Bolder, code.Transient ? TextColor.Warning : TextColor.Attention);
    }

    private static RichTextBlock Delivery(CodeSection code) => DeliveryLine(code.Delivery, code.DeliveryBasis);

    /// <summary>"Final: the sending server has stopped trying." in the state's colour, then what it rests on.</summary>
    public static RichTextBlock DeliveryLine(DeliveryState state, string? basis)
    {
        var label = Run(DeliveryText.Label(state) + ".") with { Size = TextSize.Small, Weight = TextWeight.Bolder, Color = DeliveryColor(state) };
        return new RichTextBlock(basis is null ? [label] : [label, Run(" " + basis) with { Size = TextSize.Small, IsSubtle = true }]) { Spacing = Spacing.None };
    }

    public static TextColor? DeliveryColor(DeliveryState state) => state switch
    {
        DeliveryState.Final => TextColor.Attention,
        DeliveryState.Retrying => TextColor.Warning,
        DeliveryState.Delivered => TextColor.Good,
        _ => null,
    };
}
