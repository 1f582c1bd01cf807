using NdrBot.Core.Catalogue;

namespace NdrBot.Cards.Building;

/// <summary>A next step as one line, saying who does it: "Mail admin: check the connector".</summary>
internal static class StepText
{
    public static string Format(NextStep step) =>
        Who(step.Who) + ": " + PlainText.Clean(step.Text, AnswerLimits.LongTextChars);

    public static string Who(Actor actor) => actor switch
    {
        Actor.Sender => "Sender",
        Actor.Helpdesk => "Helpdesk",
        Actor.MailAdmin => "Mail admin",
        Actor.RemoteAdmin => "Recipient's mail admin",
        Actor.Recipient => "Recipient",
        _ => actor.ToString(),
    };

    public static string VendorName(Vendor vendor) => vendor switch
    {
        Vendor.ExchangeServer => "Exchange Server",
        Vendor.ExchangeOnline => "Exchange Online",
        Vendor.OutlookCom => "Outlook.com",
        _ => vendor.ToString(),
    };
}
