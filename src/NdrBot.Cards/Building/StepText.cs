using NdrBot.Core.Catalogue;
using NdrBot.Core.Vendors;

namespace NdrBot.Cards.Building;

/// <summary>A next step as one line, saying who does it: "Mail admin: check the connector".</summary>
internal static class StepText
{
    public static string Format(NextStep step) =>
        Who(step.Who) + ": " + PlainText.Clean(step.Text, AnswerLimits.LongTextChars);

    public static string Who(Actor actor) => DisplayNames.Of(actor);

    public static string VendorName(Vendor vendor) => DisplayNames.Of(vendor);
}
