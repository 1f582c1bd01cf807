using System.Globalization;
using NdrBot.Cards.AdaptiveCards.Elements;
using NdrBot.Cards.Model;
using static NdrBot.Cards.AdaptiveCards.AdaptiveText;

namespace NdrBot.Cards.AdaptiveCards;

/// <summary>The failed recipients of a bounce card, then "and N more".</summary>
internal static class AdaptiveBounceParts
{
    public static IEnumerable<CardElement> Recipients(Answer answer)
    {
        foreach (var r in answer.Recipients)
        {
            yield return Recipient(r);
        }

        if (answer.MoreRecipients > 0)
        {
            var more = answer.MoreRecipients.ToString(CultureInfo.InvariantCulture);
            yield return Para($"…and {more} more failed recipient{(answer.MoreRecipients == 1 ? "" : "s")}.", subtle: true);
        }
    }

    private static Container Recipient(RecipientSection r)
    {
        var items = new List<CardElement>
        {
            Para(r.Address, weight: TextWeight.Bolder),
            new RichTextBlock(
            [
                Run(r.Code) with { Weight = TextWeight.Bolder, Color = r.Permanent ? TextColor.Attention : TextColor.Warning },
                Run("  " + r.Reason),
            ]) { Spacing = Spacing.None },
            AdaptiveCodeParts.DeliveryLine(r.Delivery, r.DeliveryBasis),
        };
        if (r.RemoteServer is not null)
        {
            items.Add(new RichTextBlock([Run("Remote server: ") with { IsSubtle = true }, Run(r.RemoteServer)]) { Spacing = Spacing.None });
        }

        if (r.RemoteWords is not null)
        {
            var words = new RichTextBlock(
            [
                Run("Server said: ") with { Size = TextSize.Small, IsSubtle = true },
                Run(r.RemoteWords) with { Size = TextSize.Small, FontType = FontType.Monospace },
            ]);
            items.Add(new Container([words])
            {
                Style = ContainerStyle.Emphasis,
                Spacing = Spacing.Small,
            });
        }

        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }
}
