namespace NdrBot.Core.Vendors;

/// <summary>The mail system whose documentation an entry follows. Serialised in kebab-case.</summary>
public enum Vendor
{
    Generic,
    ExchangeServer,
    ExchangeOnline,
    OutlookCom,
    Gmail,
    Postfix,
    Exim,
    Sendmail,
    Yahoo,
    AppleIcloud,
    AmazonSes,
    Sendgrid,
    Mailgun,
    Mimecast,
    Proofpoint,
    Barracuda,
    Zoho,
}
