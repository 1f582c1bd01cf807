using NdrBot.Core.Vendors;

namespace NdrBot.Core.Catalogue;

/// <summary>How vendors and actors are named to people, in every channel.</summary>
public static class DisplayNames
{
    public static string Of(Actor actor) => actor switch
    {
        Actor.Sender => "Sender",
        Actor.Helpdesk => "Helpdesk",
        Actor.MailAdmin => "Mail admin",
        Actor.RemoteAdmin => "Recipient's mail admin",
        Actor.Recipient => "Recipient",
        _ => actor.ToString(),
    };

    public static string Of(Vendor vendor) => vendor switch
    {
        Vendor.ExchangeServer => "Exchange Server",
        Vendor.ExchangeOnline => "Exchange Online",
        Vendor.OutlookCom => "Outlook.com",
        Vendor.AppleIcloud => "Apple iCloud Mail",
        Vendor.AmazonSes => "Amazon SES",
        Vendor.Sendgrid => "SendGrid",
        _ => vendor.ToString(),
    };
}
